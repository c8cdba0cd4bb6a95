import express, { Request, Response } from 'express';
import Database from 'better-sqlite3';

const db = new Database('notes.db');
const app = express();

app.delete('/notes/:id', (req: Request, res: Response) => {
  const id: string = req.params.id;
  db.exec('DELETE FROM notes WHERE id = ' + id);
  res.sendStatus(204);
});

app.listen(3000);
