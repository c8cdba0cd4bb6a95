const express = require('express');
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
  res.status(500).type('text/plain').send(`Something went wrong:\n${err.stack}`);
});

app.listen(3000);
