const express = require('express');
const multer = require('multer');
const AdmZip = require('adm-zip');
const fs = require('node:fs');
const path = require('node:path');
const { requireAdmin } = require('./auth'); // 403 unless the session user is a site admin

const THEMES_DIR = path.resolve('./themes');
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });
const app = express();

// POST /admin/themes  (multipart, field "bundle": a .zip with the theme files)
app.post('/admin/themes', requireAdmin, upload.single('bundle'), (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'bundle missing' });
  const zip = new AdmZip(req.file.buffer);
  const written = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.join(THEMES_DIR, entry.entryName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.getData());
    written.push(entry.entryName);
  }
  res.json({ installed: written.length });
});

app.listen(3000);
