import Fastify, { FastifyError } from 'fastify';

const app = Fastify();

app.setErrorHandler((error: FastifyError, _req, reply) => {
  reply.status(500).send({ error: error.message, stack: error.stack });
});

app.listen({ port: 3000 });
