import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import unzipper from 'unzipper';
import type { FastifyInstance } from 'fastify';
import { assertSiteOwner } from './sites'; // 403 unless the session user owns the site

const SITES_ROOT = path.resolve('/srv/static-sites');

// Users publish a static site by uploading a zip (fastify-multipart registered elsewhere).
export async function publishRoutes(app: FastifyInstance) {
  app.post<{ Params: { site: string } }>('/sites/:site/publish', async (request, reply) => {
    const site = request.params.site;
    if (!/^[a-z0-9-]{3,40}$/.test(site)) return reply.code(400).send({ error: 'bad site name' });
    await assertSiteOwner(request, site);
    const upload = await request.file();
    if (!upload) return reply.code(400).send({ error: 'zip file required' });

    const siteDir = path.join(SITES_ROOT, site);
    let count = 0;
    for await (const entry of upload.file.pipe(unzipper.Parse({ forceStream: true }))) {
      const dest = path.resolve(siteDir, entry.path);
      const rel = path.relative(siteDir, dest);
      if (entry.type === 'Directory' || rel.startsWith('..') || path.isAbsolute(rel)) { entry.autodrain(); continue; }
      await mkdir(path.dirname(dest), { recursive: true });
      await pipeline(entry, createWriteStream(dest));
      count++;
    }
    return { site, files: count };
  });
}
