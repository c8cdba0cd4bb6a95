const express = require('express');
const app = express();

function cleanText(s) {
  return String(s).trim();
}

function reviewHtml(author, text) {
  return `<article><h3>${cleanText(author)}</h3><p>${cleanText(text)}</p></article>`;
}

app.get('/review', (req, res) => {
  res.send(reviewHtml(req.query.author, req.query.text));
});

app.listen(3000);
