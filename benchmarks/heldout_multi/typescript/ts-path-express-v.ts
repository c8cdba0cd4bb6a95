import express from 'express';
import path from 'path';

const app = express();
const ATTACH = '/data/attachments';

app.get('/attachments/:user/:file', (req, res) => {
  const full = path.join(ATTACH, req.params.user, req.params.file);
  res.sendFile(full);
});

app.listen(3000);
