import express from 'express';

const app = express();

app.get('/unsubscribe', (req, res) => {
  const back = req.query.back as string | undefined;
  // ...remove subscription...
  res.redirect(back ?? '/');
});

app.listen(3000);
