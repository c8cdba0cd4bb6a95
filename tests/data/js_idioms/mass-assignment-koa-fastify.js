const Router = require("@koa/router");
const fastify = require("fastify")();

const router = new Router();

router.put("/settings", async (ctx) => {
  const settings = await Settings.findOne({ where: { userId: ctx.state.user.id } });
  // ruleid: js.web.mass-assignment
  settings.set(ctx.request.body);
  await settings.save();
  // ok: js.flow.mass-assignment
  await settings.update({ timezone: ctx.request.body.timezone });
  ctx.body = settings;
});

fastify.put("/teams/:id", async (request, reply) => {
  const data = request.body;
  // ruleid: js.flow.mass-assignment
  await knex("teams").where({ id: request.params.id }).update(data);
  const { name, description } = request.body;
  // ok: js.flow.mass-assignment
  await knex("teams").where({ id: request.params.id }).update({ name, description });
  return { ok: true };
});

module.exports = { router, fastify };
