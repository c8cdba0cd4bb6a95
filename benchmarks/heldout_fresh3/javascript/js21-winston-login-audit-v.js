const express = require('express');
const winston = require('winston');
const { authenticate } = require('./auth');

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.printf(({ level, message }) => `${new Date().toISOString()} ${level}: ${message}`),
  transports: [new winston.transports.File({ filename: 'audit.log' })],
});

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  const username = String(req.body.username || '');
  const ok = await authenticate(username, req.body.password);
  if (!ok) {
    logger.warn(`failed login for user=${username} ip=${req.ip}`);
    return res.status(401).send('Login failed');
  }
  logger.info(`login ok for user=${username} ip=${req.ip}`);
  res.redirect('/home');
});

app.listen(3000);
