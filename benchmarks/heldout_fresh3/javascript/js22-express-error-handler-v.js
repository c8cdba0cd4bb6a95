const express = require('express');
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
  res.status(status).json({
    error: err.message,
    type: err.name,
    stack: err.stack,
    path: req.originalUrl,
  });
});

app.listen(3000);
