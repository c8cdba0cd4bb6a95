const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

app.use((req, res) => {
  res.status(404).send('<h1>Not found</h1><p>No page at ' + escapeHtml(req.query.page) + '</p>');
});

app.listen(3000);
