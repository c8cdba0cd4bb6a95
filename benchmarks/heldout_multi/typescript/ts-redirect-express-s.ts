import express from 'express';

const app = express();
const PAGES = new Set(['/', '/account', '/newsletter']);

app.get('/unsubscribe', (req, res) => {
  const back = req.query.back as string | undefined;
  // ...remove subscription...
  res.redirect(back && PAGES.has(back) ? back : '/');
});

app.listen(3000);
