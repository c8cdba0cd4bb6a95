import Fastify, { FastifyError } from 'fastify';

const app = Fastify();

app.setErrorHandler((error: FastifyError, req, reply) => {
  req.log.error(error);
  reply.status(500).send({ error: 'internal error' });
});

app.listen({ port: 3000 });
