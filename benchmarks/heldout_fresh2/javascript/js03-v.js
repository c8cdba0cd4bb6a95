const express = require('express');
const { exec } = require('child_process');
const path = require('path');

const app = express();
const MEDIA_DIR = '/srv/media';

// POST /thumbnail  { "file": "holiday.jpg", "width": 320 }
app.post('/thumbnail', express.json(), (req, res) => {
  const { file, width } = req.body;
  const src = path.join(MEDIA_DIR, path.basename(file));
  const out = path.join(MEDIA_DIR, 'thumbs', path.basename(file));
  const cmd = `convert "${src}" -resize ${width}x "${out}"`;
  exec(cmd, (err, stdout, stderr) => {
    if (err) {
      return res.status(500).json({ error: 'conversion failed' });
    }
    res.json({ thumbnail: '/media/thumbs/' + path.basename(file) });
  });
});

app.listen(3000);
