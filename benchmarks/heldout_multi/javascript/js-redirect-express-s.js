const express = require('express');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', (req, res) => {
  // credentials checked by middleware earlier
  let returnTo = req.query.returnTo || '/';
  if (!returnTo.startsWith('/') || returnTo.startsWith('//') || returnTo.includes('\\')) returnTo = '/';
  res.redirect(returnTo);
});

app.listen(3000);
