// The embedded database: PGlite (PostgreSQL in WebAssembly) runs its queries synchronously, so it lives
// in this worker thread and is served on a loopback socket; the main thread talks to it with the same
// `pg` pool it uses for a real server, and a long query never freezes the HTTP server.
// Plain JavaScript so it starts the same under tsx, Vitest and plain node.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const db = await PGlite.create(workerData.dataDir);
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
await server.start();
const port = Number(server.getServerConn().split(':').pop());
parentPort.postMessage({ type: 'ready', port });

parentPort.on('message', async (message) => {
  if (message?.type !== 'close') return;
  await server.stop();
  await db.close();
  parentPort.postMessage({ type: 'closed' });
});
