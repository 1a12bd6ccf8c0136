// The embedded database: PGlite (PostgreSQL in WebAssembly) runs its queries synchronously, so it lives
// in this worker thread and is served on a loopback socket; the main thread talks to it with the same
// `pg` pool it uses for a real server, and a long query never freezes the HTTP server.
// Plain JavaScript so it starts the same under tsx, Vitest and plain node.
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const db = await PGlite.create(workerData.dataDir);
sendInLargerPieces(db);
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

/**
 * PGlite hands its output over as PostgreSQL flushes it, 8 KB at a time, and the socket server writes
 * each piece to the socket as it comes: a page of the daily run's books went out in some 700 writes, each
 * a system call through the loopback stack, on the database's own thread (~40 ms a run at 100,000
 * invoices). Pieces are gathered here and handed on every PIECE bytes and at the end of each message,
 * so a large result still streams out and is never held whole.
 */
const PIECE = 256 * 1024;
function sendInLargerPieces(pglite) {
  const execProtocolRawStream = pglite.execProtocolRawStream.bind(pglite);
  pglite.execProtocolRawStream = async (message, options) => {
    let parts = [];
    let size = 0;
    const handOn = () => {
      if (size === 0) return;
      options.onRawData(parts.length === 1 ? parts[0] : Buffer.concat(parts, size));
      parts = [];
      size = 0;
    };
    await execProtocolRawStream(message, {
      ...options,
      onRawData(data) {
        parts.push(Buffer.from(data)); // a copy: PGlite reuses the memory behind `data`
        size += data.length;
        if (size >= PIECE) handOn();
      },
    });
    handOn();
  };
}
