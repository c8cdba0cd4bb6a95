const express = require('express');
const { exec } = require('child_process');

const app = express();

app.get('/thumb', (req, res) => {
  const file = req.query.file;
  exec(`convert uploads/${file} -resize 128x128 thumbs/${file}`, (err) => {
    if (err) return res.status(500).send('failed');
    res.send('ok');
  });
});

app.listen(3000);
