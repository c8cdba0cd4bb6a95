import express from 'express';
import path from 'path';

const app = express();
const ATTACH = '/data/attachments';

app.get('/attachments/:user/:file', (req, res) => {
  const full = path.resolve(ATTACH, req.params.user, req.params.file);
  if (!full.startsWith(ATTACH + path.sep)) return res.sendStatus(403);
  res.sendFile(full);
});

app.listen(3000);
