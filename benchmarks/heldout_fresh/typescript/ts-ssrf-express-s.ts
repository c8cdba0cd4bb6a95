import express from 'express';
import axios from 'axios';

interface WebhookConfig {
  url: string;
  event: string;
}

const RECEIVER_HOSTS = new Set(['hooks.slack.com', 'discord.com', 'api.pagerduty.com']);

const app = express();
app.use(express.json());

app.post('/webhooks/test', async (req, res) => {
  let target: URL;
  try {
    target = new URL(String(req.body.url));
  } catch {
    return res.status(400).json({ error: 'bad url' });
  }
  if (target.protocol !== 'https:' || target.port !== '' || !RECEIVER_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: 'receiver not allowed' });
  }
  const cfg: WebhookConfig = { url: target.toString(), event: req.body.event ?? 'ping' };
  try {
    const reply = await axios.post(cfg.url, { event: cfg.event }, { timeout: 5000, maxRedirects: 0 });
    res.json({ delivered: true, status: reply.status });
  } catch (e) {
    res.status(502).json({ delivered: false });
  }
});

app.listen(3000);
