import express, { Request, Response } from 'express';
import escapeRegExp from 'lodash/escapeRegExp';
import { listCustomers } from './customers';

const app = express();

function buildMatcher(term: string): (s: string) => boolean {
  const re = new RegExp('^' + escapeRegExp(term), 'i');
  return (s) => re.test(s);
}

app.get('/customers/autocomplete', async (req: Request, res: Response) => {
  const term = typeof req.query.term === 'string' ? req.query.term : '';
  const matches = buildMatcher(term);
  const all = await listCustomers();
  res.json(all.filter((c) => matches(c.name)).slice(0, 10));
});

app.listen(3000);
