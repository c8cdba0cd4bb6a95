const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo || '/';
  req.session.destroy(() => {
    res.redirect(returnTo);
  });
});

app.listen(3000);
