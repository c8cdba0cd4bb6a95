const express = require('express');
const crypto = require('crypto');
const reports = require('./reports');

const app = express();

app.get('/reports/:id', async (req, res, next) => {
  try {
    res.json(await reports.build(req.params.id));
  } catch (err) {
    next(err);
  }
});

// error handler
app.use((err, req, res, next) => {
  const ref = crypto.randomUUID();
  console.error(`[${ref}]`, err.stack);
  res.status(500).type('text/plain').send(`Something went wrong (reference ${ref}).`);
});

app.listen(3000);
