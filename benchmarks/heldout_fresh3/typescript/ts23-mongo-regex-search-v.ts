import Fastify from 'fastify';
import { MongoClient } from 'mongodb';

interface Recipe {
  title: string;
  tags: string[];
  minutes: number;
}

const mongo = new MongoClient(process.env.MONGO_URL!);
const recipes = mongo.db('cookbook').collection<Recipe>('recipes');
const app = Fastify();

// GET /recipes?title=chick  -> recipes whose title starts with the given text
app.get<{ Querystring: { title?: string } }>('/recipes', async (request) => {
  const title = String(request.query.title ?? '');
  const cursor = recipes
    .find({ title: { $regex: `^${title}`, $options: 'i' } })
    .project({ _id: 0, title: 1, minutes: 1 })
    .limit(20);
  return cursor.toArray();
});

await mongo.connect();
await app.listen({ port: 3000 });
