const express = require('express');
const { execFile } = require('child_process');

const app = express();

app.get('/thumb', (req, res) => {
  const file = req.query.file;
  if (!/^[\w-]+\.(png|jpg)$/.test(file)) return res.status(400).send('bad name');
  execFile('convert', [`uploads/${file}`, '-resize', '128x128', `thumbs/${file}`], (err) => {
    if (err) return res.status(500).send('failed');
    res.send('ok');
  });
});

app.listen(3000);
