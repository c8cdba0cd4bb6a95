const express = require('express');
const crypto = require('node:crypto');
const { loadInvoice } = require('./billing');

const app = express();

app.get('/invoices/:id', async (req, res, next) => {
  try {
    const invoice = await loadInvoice(req.params.id);
    if (!invoice) return res.status(404).json({ error: 'not found' });
    res.json(invoice);
  } catch (err) {
    next(err);
  }
});

// Central error handler so the frontend always gets JSON back
app.use((err, req, res, _next) => {
  const status = err.status || 500;
  const errorId = crypto.randomUUID();
  console.error(`[${errorId}] ${req.method} ${req.route ? req.route.path : '(no route)'}\n${err.stack}`);
  res.status(status).json({
    error: status >= 500 ? 'Internal server error' : 'Request failed',
    errorId,
    path: req.path,
  });
});

app.listen(3000);
