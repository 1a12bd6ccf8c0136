// The embedded database: PGlite (PostgreSQL in WebAssembly) runs its queries synchronously, so it lives
// in this worker thread and is served on a loopback socket; the main thread talks to it with the same
// `pg` pool it uses for a real server, and a long query never freezes the HTTP server.
// Plain JavaScript so it starts the same under tsx, Vitest and plain node.
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite hands its output over as PostgreSQL flushes it, 8 KB at a time, and the socket server writes
 * each piece to the socket as it comes: a page of the daily run's books went out in some 700 writes, each
 * a system call through the loopback stack, on the database's own thread (~40 ms a run at 100,000
 * invoices). Pieces are gathered here and handed on every PIECE bytes and at the end of each message,
 * so a large result still streams out and is never held whole. One buffer serves every piece: the socket
 * server copies what it is handed before it returns (Buffer.from), and gathering into new buffers made
 * as much garbage as it saved writes.
 */
const PIECE = 256 * 1024;
function sendInLargerPieces(pglite) {
  const execProtocolRawStream = pglite.execProtocolRawStream.bind(pglite);
  const piece = Buffer.allocUnsafe(PIECE);
  pglite.execProtocolRawStream = async (message, options) => {
    let size = 0;
    const handOn = () => {
      if (size > 0) options.onRawData(piece.subarray(0, size));
      size = 0;
    };
    await execProtocolRawStream(message, {
      ...options,
      onRawData(data) {
        if (size + data.length > PIECE) handOn();
        if (data.length > PIECE) options.onRawData(data); // PGlite's own memory, copied by the socket server at once
        else { piece.set(data, size); size += data.length; }
      },
    });
    handOn();
  };
}

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
