const express = require('express');
const multer = require('multer');
const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });
const app = express();
const SITES_DIR = '/srv/sites';

// POST /sites/:name/deploy  (multipart field "bundle": a zip of the static site)
app.post('/sites/:name/deploy', upload.single('bundle'), (req, res) => {
  const site = req.params.name.replace(/[^a-z0-9-]/g, '');
  const dest = path.resolve(SITES_DIR, site);
  fs.mkdirSync(dest, { recursive: true });
  const zip = new AdmZip(req.file.buffer);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(dest, entry.entryName);
    if (!target.startsWith(dest + path.sep)) {
      return res.status(400).json({ error: `unsafe path in archive: ${entry.entryName}` });
    }
    if (entry.isDirectory) {
      fs.mkdirSync(target, { recursive: true });
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, entry.getData());
    }
  }
  res.json({ deployed: site });
});

app.listen(3000);
