// Apollo Server context: who is calling?
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { typeDefs, resolvers } from './schema';

interface Ctx {
  userId: string | null;
  isStaff: boolean;
}

const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

async function contextFromHeader(authorization?: string): Promise<Ctx> {
  if (!authorization?.startsWith('Bearer ')) return { userId: null, isStaff: false };
  try {
    const { payload: claims } = await jwtVerify(authorization.slice(7), JWKS, {
      issuer: 'https://auth.example.com/',
      audience: 'graphql-api',
      algorithms: ['RS256'],
    });
    return { userId: claims.sub ?? null, isStaff: claims['staff'] === true };
  } catch {
    return { userId: null, isStaff: false };
  }
}

const server = new ApolloServer<Ctx>({ typeDefs, resolvers });
await startStandaloneServer(server, {
  listen: { port: 4000 },
  context: async ({ req }) => contextFromHeader(req.headers.authorization),
});
