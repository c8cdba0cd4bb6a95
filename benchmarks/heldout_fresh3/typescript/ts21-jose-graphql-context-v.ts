// Apollo Server context: who is calling?
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { decodeJwt } from 'jose';
import { typeDefs, resolvers } from './schema';

interface Ctx {
  userId: string | null;
  isStaff: boolean;
}

async function contextFromHeader(authorization?: string): Promise<Ctx> {
  if (!authorization?.startsWith('Bearer ')) return { userId: null, isStaff: false };
  try {
    const claims = decodeJwt(authorization.slice(7));
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
