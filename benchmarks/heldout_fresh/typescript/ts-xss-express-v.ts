import express, { Request, Response } from 'express';

class CommentView {
  constructor(private readonly author: string, private readonly text: string) {}

  render(): string {
    return `<article class="comment"><h4>${this.author}</h4><p>${this.text}</p></article>`;
  }
}

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/comments/preview', (req: Request, res: Response) => {
  const view = new CommentView(String(req.body.author ?? 'anon'), String(req.body.text ?? ''));
  res.type('html').send(`<html><body>${view.render()}</body></html>`);
});

app.listen(3000);
