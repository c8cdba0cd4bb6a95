import Koa from 'koa';
import Router from '@koa/router';
import nunjucks from 'nunjucks';
import { getMember } from './members';

const env = new nunjucks.Environment(null, { autoescape: true });
const template = nunjucks.compile(
  `<article class="member">
     <h1>{{ member.name }}</h1>
     <div class="bio">{{ member.bio | safe }}</div>
     <a href="/members/{{ member.id }}/contact">Contact</a>
   </article>`,
  env,
);

const app = new Koa();
const router = new Router();

// Member bios are free text typed by each member on their settings page.
router.get('/members/:id', async (ctx) => {
  const member = await getMember(Number(ctx.params.id));
  if (!member) ctx.throw(404);
  ctx.type = 'html';
  ctx.body = template.render({ member });
});

app.use(router.routes());
app.listen(3000);
