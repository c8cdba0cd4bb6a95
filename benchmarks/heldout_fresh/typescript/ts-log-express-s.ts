import express, { NextFunction, Request, Response } from 'express';
import winston from 'winston';

const logger = winston.createLogger({
  transports: [new winston.transports.File({ filename: 'access.log' })],
  format: winston.format.printf(({ level, message }) => `${new Date().toISOString()} ${level} ${message}`),
});

const oneLine = (v: string) => JSON.stringify(v); // quotes and escapes CR, LF and control characters

const app = express();

app.use((req: Request, _res: Response, next: NextFunction) => {
  const agent = req.get('User-Agent') ?? '-';
  const ref = String(req.query.ref ?? '-');
  logger.info(`${req.method} ${oneLine(req.path)} ref=${oneLine(ref)} ua=${oneLine(agent)}`);
  next();
});

app.get('/', (_req, res) => res.send('ok'));
app.listen(3000);
