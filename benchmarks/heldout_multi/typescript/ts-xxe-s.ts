import { parseXml } from 'libxmljs2';
import express from 'express';

const app = express();
app.use(express.text({ type: '*/xml' }));

app.post('/metadata', (req, res) => {
  const doc = parseXml(req.body as string, { noent: false, dtdload: false, nonet: true });
  res.json({ entity: doc.root()?.attr('entityID')?.value() });
});

app.listen(3000);
