const express = require('express');
const { exec } = require('child_process');

const app = express();

function later(fn) {
  setTimeout(fn, 1000);
}

app.post('/export', express.json(), (req, res) => {
  const day = req.body.day;
  later(() => exec('journalctl --since ' + day + ' > /tmp/export.log'));
  res.status(202).end();
});

app.listen(3000);
