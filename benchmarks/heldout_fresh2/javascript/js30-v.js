// pages/api/catalog/lookup.js  (Next.js API route)
import fs from 'fs';
import path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';

const catalogXml = fs.readFileSync(path.join(process.cwd(), 'data', 'catalog.xml'), 'utf8');
const catalog = new DOMParser().parseFromString(catalogXml, 'text/xml');

// GET /api/catalog/lookup?sku=AB-1234
export default function handler(req, res) {
  const { sku } = req.query;
  if (!sku) {
    return res.status(400).json({ error: 'sku required' });
  }
  const nodes = xpath.select(`//product[@sku='${sku}' and @public='true']`, catalog);
  if (nodes.length === 0) {
    return res.status(404).json({ error: 'not found' });
  }
  const p = nodes[0];
  res.status(200).json({
    sku: p.getAttribute('sku'),
    name: xpath.select('string(name)', p),
    price: Number(xpath.select('string(price)', p)),
  });
}
