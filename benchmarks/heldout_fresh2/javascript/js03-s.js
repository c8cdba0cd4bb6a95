const express = require('express');
const { execFile } = require('child_process');
const path = require('path');

const app = express();
const MEDIA_DIR = '/srv/media';

// POST /thumbnail  { "file": "holiday.jpg", "width": 320 }
app.post('/thumbnail', express.json(), (req, res) => {
  const { file, width } = req.body;
  const src = path.join(MEDIA_DIR, path.basename(String(file)));
  const out = path.join(MEDIA_DIR, 'thumbs', path.basename(String(file)));
  const w = Number.parseInt(width, 10);
  if (!Number.isInteger(w) || w < 16 || w > 2048) {
    return res.status(400).json({ error: 'bad width' });
  }
  execFile('convert', [src, '-resize', `${w}x`, out], (err) => {
    if (err) {
      return res.status(500).json({ error: 'conversion failed' });
    }
    res.json({ thumbnail: '/media/thumbs/' + path.basename(String(file)) });
  });
});

app.listen(3000);
