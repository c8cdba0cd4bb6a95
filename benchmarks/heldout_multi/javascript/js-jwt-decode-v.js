const jwt = require('jsonwebtoken');

function auth(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  const payload = jwt.decode(token);
  if (!payload) return res.status(401).end();
  req.user = { id: payload.sub, role: payload.role };
  next();
}

module.exports = auth;
