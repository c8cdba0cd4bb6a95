import express, { Request, Response } from 'express';
import { parseXml } from 'libxmljs2';

const app = express();
app.use(express.text({ type: 'application/xml' }));

interface Contact {
  name: string;
  email: string;
}

app.post('/contacts/import', (req: Request, res: Response) => {
  const doc = parseXml(req.body as string, { noent: true });
  const contacts: Contact[] = doc.find('//contact').map((node: any) => ({
    name: node.get('name')?.text() ?? '',
    email: node.get('email')?.text() ?? '',
  }));
  res.json({ imported: contacts.length, contacts });
});

app.listen(3000);
