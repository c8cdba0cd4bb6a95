import express from 'express';
import yaml from 'js-yaml';

const app = express();
app.use(express.text());

app.post('/config', (req, res) => {
  const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }) as Record<string, unknown>;
  res.json(Object.keys(cfg));
});

app.listen(3000);
