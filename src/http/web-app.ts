import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The built web app (`npm run build:web`), served at / by the API server itself. */
export const WEB_DIST = resolve(import.meta.dirname, '../../web/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.webp': 'image/webp', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

/**
 * Files of web/dist at their paths; any other page path gets index.html (the app routes in the browser).
 * Vite puts content-hashed files under /assets/: those are cached for a year, everything else revalidates.
 * /api paths never fall back to the app: an unknown one stays a JSON 404.
 */
export function webAppRoutes(app: FastifyInstance, distDir = WEB_DIST) {
  const root = resolve(distDir);
  const handler = async (url: string, ifNoneMatch: string | undefined, reply: FastifyReply) => {
    const path = decodeURIComponent(url.split('?')[0]!);
    if (path === '/api' || path.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: `no route GET ${path}` } });
    }
    if (!existsSync(join(root, 'index.html'))) {
      return reply.status(503).type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build:web` (the API is at /api/docs).');
    }
    const wanted = normalize(join(root, path));
    const inside = wanted.startsWith(root + sep);
    const file = inside && (await isFile(wanted)) ? wanted : undefined;
    if (!file && extname(path) !== '') return reply.status(404).type('text/plain; charset=utf-8').send('not found');
    const target = file ?? join(root, 'index.html');
    const info = await stat(target);
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const hashed = path.startsWith('/assets/');
    reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    reply.header('etag', etag);
    reply.header('x-content-type-options', 'nosniff');
    if (ifNoneMatch === etag) return reply.status(304).send();
    return reply.type(TYPES[extname(target)] ?? 'application/octet-stream').send(await readFile(target));
  };
  const options = { config: { access: 'public' as const }, schema: { hide: true } };
  app.get('/', options, (request, reply) => handler(request.url, request.headers['if-none-match'], reply));
  app.get('/*', options, (request, reply) => handler(request.url, request.headers['if-none-match'], reply));
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
