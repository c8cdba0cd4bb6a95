const express = require('express');
const { exec } = require('child_process');

const app = express();

const runGit = () =>
  new Promise((resolve, reject) =>
    exec('git -C /srv/repo log --oneline -n 20 HEAD', (err, out) => (err ? reject(err) : resolve(out))),
  );

app.get('/changelog', async (req, res) => {
  try {
    const out = await runGit();
    res.type('text/plain').send(out);
  } catch {
    res.status(500).send('git failed');
  }
});

app.listen(3000);
