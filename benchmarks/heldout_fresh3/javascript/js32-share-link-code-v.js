const fastify = require('fastify')();
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });
const { saveShareLink } = require('./store');

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function randomCode(length) {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    code += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  }
  return code;
}

// POST /documents/:id/share -> a secret link that grants read access without login
fastify.post('/documents/:id/share', async (request, reply) => {
  const docId = Number.parseInt(request.params.id, 10);
  if (!Number.isInteger(docId)) return reply.code(400).send({ error: 'bad id' });
  await request.jwtVerify();
  const code = randomCode(22);
  // saveShareLink throws unless request.user.sub owns docId
  await saveShareLink({ code, docId, owner: request.user.sub, expiresInDays: 7 });
  return { url: `https://docs.example.com/s/${code}` };
});

fastify.listen({ port: 3000 });
