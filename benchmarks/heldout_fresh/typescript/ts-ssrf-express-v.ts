import express from 'express';
import axios from 'axios';

interface WebhookConfig {
  url: string;
  event: string;
}

const app = express();
app.use(express.json());

app.post('/webhooks/test', async (req, res) => {
  const cfg: WebhookConfig = { url: req.body.url, event: req.body.event ?? 'ping' };
  try {
    const reply = await axios.post(cfg.url, { event: cfg.event, sentAt: Date.now() }, { timeout: 5000 });
    res.json({ delivered: true, status: reply.status, body: reply.data });
  } catch (e) {
    res.status(502).json({ delivered: false });
  }
});

app.listen(3000);
