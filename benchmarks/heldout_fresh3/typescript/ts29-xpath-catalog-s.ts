import express, { type Request, type Response } from 'express';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';

// The course catalogue is published as one XML file, reloaded at startup.
const catalog = new DOMParser().parseFromString(readFileSync('./data/catalog.xml', 'utf8'), 'text/xml');
const app = express();

function findCourses(department: string, level: string): Node[] {
  const expr = xpath.parse(`//course[@department=$department and @level=$level and @published='true']`);
  return expr.select({ node: catalog, variables: { department, level } }) as Node[];
}

// GET /courses?department=physics&level=200
app.get('/courses', (req: Request, res: Response) => {
  const department = String(req.query.department ?? '');
  const level = String(req.query.level ?? '100');
  const nodes = findCourses(department, level);
  res.json(
    nodes.map((n) => ({
      code: (n as Element).getAttribute('code'),
      title: xpath.select1('string(title)', n),
    })),
  );
});

app.listen(3000);
