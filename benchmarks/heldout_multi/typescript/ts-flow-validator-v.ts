import express from 'express';

const app = express();

function isUrl(target: string): boolean {
  try {
    new URL(target);
    return true;
  } catch {
    return false;
  }
}

app.get('/checkout/done', (req, res) => {
  const target = String(req.query.next ?? '');
  res.redirect(isUrl(target) ? target : '/');
});

app.listen(3000);
