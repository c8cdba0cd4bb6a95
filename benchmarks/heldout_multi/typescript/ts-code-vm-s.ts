import express from 'express';

const app = express();
app.use(express.json());

const FORMATS: Record<string, (p: number) => string> = {
  plain: (p) => p.toFixed(2),
  euro: (p) => `${p.toFixed(2)} EUR`,
};

app.post('/format', (req, res) => {
  const format = FORMATS[String(req.body.format)] ?? FORMATS.plain;
  res.json({ result: format(42.5) });
});

app.listen(3000);
