const express = require('express');
const winston = require('winston');
const { authenticate } = require('./auth');

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.printf(({ level, message }) => `${new Date().toISOString()} ${level}: ${message}`),
  transports: [new winston.transports.File({ filename: 'audit.log' })],
});

const clean = (s) => String(s).replace(/[\r\n\u2028\u2029]/g, '_').slice(0, 64);

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  const username = clean(req.body.username || '');
  const ok = await authenticate(String(req.body.username || ''), req.body.password);
  if (!ok) {
    logger.warn(`failed login for user=${username} ip=${req.ip}`);
    return res.status(401).send('Login failed');
  }
  logger.info(`login ok for user=${username} ip=${req.ip}`);
  res.redirect('/home');
});

app.listen(3000);
