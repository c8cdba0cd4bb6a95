const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function localPath(candidate) {
  if (typeof candidate !== 'string' || !/^\/(?![\/\\])[\w\-\/.?=&%]*$/.test(candidate)) {
    return '/';
  }
  return candidate;
}

app.get('/logout', (req, res) => {
  const returnTo = localPath(req.query.returnTo);
  req.session.destroy(() => {
    res.redirect(returnTo);
  });
});

app.listen(3000);
