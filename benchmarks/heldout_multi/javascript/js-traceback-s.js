const express = require('express');
const app = express();

app.get('/boom', () => { throw new Error('unexpected'); });

app.use((err, req, res, next) => {
  console.error(err.stack);
  res.status(500).json({ message: 'internal error' });
});

app.listen(3000);
