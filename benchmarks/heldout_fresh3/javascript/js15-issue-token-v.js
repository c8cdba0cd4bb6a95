const express = require('express');
const jwt = require('jsonwebtoken');
const { findUserByApiKey } = require('./users');

const app = express();
app.use(express.json());

const config = {
  issuer: 'billing-api',
  tokenTtl: '15m',
  signingSecret: 'b1ll1ng-$3cr3t-2024-prod',
};

app.post('/token', async (req, res) => {
  const user = await findUserByApiKey(req.get('x-api-key'));
  if (!user) return res.status(401).json({ error: 'unauthorized' });
  const token = jwt.sign({ sub: user.id, scope: user.scopes }, config.signingSecret, {
    algorithm: 'HS256',
    expiresIn: config.tokenTtl,
    issuer: config.issuer,
  });
  res.json({ access_token: token, token_type: 'Bearer' });
});

app.listen(4000);
