const express = require('express');
const app = express();

app.use((req, res) => {
  res.status(404).send('<h1>Not found</h1><p>No page at ' + req.query.page + '</p>');
});

app.listen(3000);
