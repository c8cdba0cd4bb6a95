import express from 'express';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';

const catalog = new DOMParser().parseFromString(readFileSync('catalog.xml', 'utf8'), 'text/xml');
const app = express();
const byAuthor = xpath.parse("//book[author/text()=$author and @visible='yes']/title/text()");

function findBooks(author: string) {
  const nodes = byAuthor.select({ node: catalog as any, variables: { author } }) as Node[];
  return nodes.map((n) => n.nodeValue);
}

app.get('/books', (req, res) => {
  res.json(findBooks(String(req.query.author ?? '')));
});

app.listen(3000);
