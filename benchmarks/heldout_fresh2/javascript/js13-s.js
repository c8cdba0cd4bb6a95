const Hapi = require('@hapi/hapi');
const jwt = require('jsonwebtoken');
const { verifyUser } = require('./users');

const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET || JWT_SECRET.length < 32) {
  throw new Error('JWT_SECRET must be set (32+ chars)');
}

const init = async () => {
  const server = Hapi.server({ port: 3000, host: '0.0.0.0' });

  server.route({
    method: 'POST',
    path: '/api/token',
    handler: async (request, h) => {
      const { username, password } = request.payload || {};
      const user = await verifyUser(username, password);
      if (!user) {
        return h.response({ error: 'invalid credentials' }).code(401);
      }
      const token = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '1h', algorithm: 'HS256' });
      return { token };
    },
  });

  await server.start();
};

init();
