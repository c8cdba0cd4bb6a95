const jwt = require('jsonwebtoken');

// Express middleware: puts the caller's identity on req.user
function requireUser(req, res, next) {
  const header = req.headers.authorization || '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) {
    return res.status(401).json({ error: 'missing bearer token' });
  }
  const claims = jwt.decode(token);
  if (!claims || !claims.sub) {
    return res.status(401).json({ error: 'invalid token' });
  }
  if (claims.exp && claims.exp * 1000 < Date.now()) {
    return res.status(401).json({ error: 'token expired' });
  }
  req.user = { id: claims.sub, roles: claims.roles || [] };
  next();
}

function requireRole(role) {
  return (req, res, next) => (req.user.roles.includes(role) ? next() : res.status(403).end());
}

module.exports = { requireUser, requireRole };
