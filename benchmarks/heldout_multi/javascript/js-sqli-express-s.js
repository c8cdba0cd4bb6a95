const express = require('express');
const mysql = require('mysql2');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'app' });

app.get('/users', (req, res) => {
  const email = req.query.email;
  db.query('SELECT id, name FROM users WHERE email = ?', [email], (err, rows) => {
    if (err) return res.status(500).send('db error');
    res.json(rows);
  });
});

app.listen(3000);
