const express = require('express');
const app = express();

app.get('/boom', () => { throw new Error('unexpected'); });

app.use((err, req, res, next) => {
  res.status(500).json({ message: err.message, stack: err.stack });
});

app.listen(3000);
