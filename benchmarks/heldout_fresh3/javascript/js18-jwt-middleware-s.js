const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET;

// Express middleware: puts the caller's identity on req.user
function requireUser(req, res, next) {
  const header = req.headers.authorization || '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) {
    return res.status(401).json({ error: 'missing bearer token' });
  }
  let claims;
  try {
    claims = jwt.verify(token, SECRET, { algorithms: ['HS256'] });
  } catch {
    return res.status(401).json({ error: 'invalid or expired token' });
  }
  if (!claims.sub) {
    return res.status(401).json({ error: 'invalid token' });
  }
  req.user = { id: claims.sub, roles: claims.roles || [] };
  next();
}

function requireRole(role) {
  return (req, res, next) => (req.user.roles.includes(role) ? next() : res.status(403).end());
}

module.exports = { requireUser, requireRole };
