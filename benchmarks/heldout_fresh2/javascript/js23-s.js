const express = require('express');
const crypto = require('crypto');
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

// Error handler: full details go to the server log, the client gets a reference id.
app.use((err, req, res, next) => {
  const ref = crypto.randomUUID();
  console.error(`[${ref}]`, err.stack);
  res.status(err.status && err.status < 500 ? err.status : 500).json({
    error: 'Something went wrong',
    ref,
  });
});

app.listen(3000);
