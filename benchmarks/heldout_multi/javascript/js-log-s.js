const express = require('express');
const winston = require('winston');

const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'auth.log' })] });
const app = express();

app.use((req, res, next) => {
  const keyId = req.get('X-Key-Id');
  if (keyId !== process.env.KEY_ID) {
    logger.warn(`rejected key id ${JSON.stringify(String(keyId))}`);
    return res.status(401).end();
  }
  next();
});

app.listen(3000);
