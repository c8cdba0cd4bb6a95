import express from 'express';
import { readFile } from 'fs/promises';
import path from 'path';

class Storage {
  constructor(private readonly root: string) {}

  read(name: string): Promise<Buffer> {
    return readFile(path.join(this.root, name));
  }
}

const storage = new Storage('/srv/files');
const app = express();

app.get('/files/:name', async (req, res) => {
  res.send(await storage.read(req.params.name));
});

app.listen(3000);
