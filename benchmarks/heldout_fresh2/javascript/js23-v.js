const express = require('express');
const { Pool } = require('pg');
const reports = require('./reports');

const app = express();
const pool = new Pool();

app.get('/api/reports/:id', async (req, res, next) => {
  try {
    const report = await reports.load(pool, req.params.id);
    res.json(report);
  } catch (err) {
    next(err);
  }
});

// Error handler so the front-end can show what went wrong.
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({
    error: err.message,
    stack: err.stack,
    query: err.query,
  });
});

app.listen(3000);
