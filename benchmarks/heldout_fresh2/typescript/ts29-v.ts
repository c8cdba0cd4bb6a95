import express from "express";
import multer from "multer";
import AdmZip from "adm-zip";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });
const app = express();
const SITES_ROOT = "/var/www/static-sites";

app.post("/sites/:site/deploy", upload.single("bundle"), (req, res) => {
  const siteDir = path.join(SITES_ROOT, path.basename(req.params.site));
  const zip = new AdmZip(req.file!.buffer);
  let count = 0;
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const dest = path.join(siteDir, entry.entryName);
    mkdirSync(path.dirname(dest), { recursive: true });
    writeFileSync(dest, entry.getData());
    count++;
  }
  res.json({ deployed: count });
});

app.listen(3000);
