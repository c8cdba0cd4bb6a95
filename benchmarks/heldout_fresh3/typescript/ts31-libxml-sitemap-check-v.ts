import Fastify from 'fastify';
import { parseXml } from 'libxmljs2';

const app = Fastify({ bodyLimit: 5 * 1024 * 1024 });
app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string' }, (_req, body, done) => done(null, body));

// SEO tool: upload a sitemap.xml, get back the URLs it lists and basic problems.
app.post('/tools/sitemap/check', async (request, reply) => {
  let doc;
  try {
    doc = parseXml(request.body as string, { noent: true, noblanks: true });
  } catch {
    return reply.code(400).send({ error: 'not well-formed XML' });
  }
  const ns = { s: 'http://www.sitemaps.org/schemas/sitemap/0.9' };
  const locs = doc.find('//s:url/s:loc', ns).map((n) => (n as any).text().trim());
  const problems = locs.filter((u) => !u.startsWith('https://')).map((u) => `not https: ${u}`);
  return { count: locs.length, urls: locs.slice(0, 200), problems };
});

await app.listen({ port: 3000 });
