const express = require('express');
const ejs = require('ejs');

const app = express();
app.use(express.urlencoded({ extended: false }));

const entries = [];
const page = `
<h1>Guestbook</h1>
<form method="post"><input name="author"><textarea name="message"></textarea><button>Sign</button></form>
<% entries.forEach(function (e) { %>
  <article>
    <h3><%= e.author %></h3>
    <p><%= e.message %></p>
  </article>
<% }) %>`;

app.get('/guestbook', (req, res) => {
  res.send(ejs.render(page, { entries }));
});

app.post('/guestbook', (req, res) => {
  entries.push({ author: req.body.author || 'anonymous', message: req.body.message || '' });
  res.redirect('/guestbook');
});

app.listen(3000);
