import express from 'express';
import vm from 'vm';

const app = express();
app.use(express.json());

app.post('/format', (req, res) => {
  const expression: string = req.body.expression;
  const result = vm.runInNewContext(expression, { price: 42.5 });
  res.json({ result });
});

app.listen(3000);
