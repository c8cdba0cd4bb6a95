import express, { Request, Response } from 'express';
import escapeHtml from 'escape-html';

const app = express();

function page(title: string, body: string): string {
  return `<!doctype html><title>${title}</title><body>${body}</body>`;
}

app.get('/profile', (req: Request, res: Response) => {
  const bio = String(req.query.bio ?? '');
  res.send(page('Profile', `<p>${escapeHtml(bio)}</p>`));
});

app.listen(3000);
