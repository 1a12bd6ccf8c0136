// The embedded database: PGlite (PostgreSQL in WebAssembly) runs its queries synchronously, so it lives
// in this worker thread and is served on a loopback socket; the main thread talks to it with the same
// `pg` pool it uses for a real server, and a long query never freezes the HTTP server.
// Plain JavaScript so it starts the same under tsx, Vitest and plain node.
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler, PGLiteSocketServer } from '@electric-sql/pglite-socket';

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

/**
 * The socket server hands PGlite one protocol message at a time: Parse, Bind, Execute and Sync each its own
 * call, queued behind promises, and each call's output its own socket write (ParseComplete, BindComplete…).
 * It also joins every piece the socket reads onto all it still holds (Buffer.concat), so a page's writes,
 * a megabyte of parameters arriving 64 KB at a time, were copied over and over. Here the messages the
 * client has sent in full go to PGlite together, in one call (PostgreSQL reads them one after another, as
 * from its socket, and answers a pipeline's Sync with one ReadyForQuery): a page's writes are one or a few
 * calls instead of ~30. The start of a connection (startup, SSL and cancel requests, whose first byte is
 * 0) still goes the server's own way, message by message.
 */
function passMessagesTogether(Handler) {
  const handleOneByOne = Handler.prototype.handleData;
  Handler.prototype.handleData = async function handleData(data) {
    const held = (this.held ??= { bytes: Buffer.allocUnsafe(64 * 1024), length: 0 });
    if (held.length === 0 && (this.messageBuffer.length > 0 || data[0] === 0)) return handleOneByOne.call(this, data);
    if (!this.socket || !this.active) return 0;
    if (held.length + data.length > held.bytes.length) { // grow by doubling: a long message is copied a few times, not once per piece
      const bytes = Buffer.allocUnsafe(Math.max(2 * held.bytes.length, held.length + data.length));
      held.bytes.copy(bytes, 0, 0, held.length);
      held.bytes = bytes;
    }
    data.copy(held.bytes, held.length);
    held.length += data.length;
    let whole = 0; // the messages received in full: a type byte, then a length that counts itself
    while (whole + 5 <= held.length) {
      const size = 1 + held.bytes.readInt32BE(whole + 1);
      if (whole + size > held.length) break;
      whole += size;
    }
    if (whole === 0) return 0;
    // The batch keeps the buffer it was read into (PGlite reads it when its turn comes); what follows it starts a new one.
    const batch = held.bytes.subarray(0, whole);
    const rest = held.length - whole;
    const bytes = Buffer.allocUnsafe(Math.max(64 * 1024, 2 * rest));
    held.bytes.copy(bytes, 0, whole, held.length);
    held.bytes = bytes;
    held.length = rest;
    let failed;
    await this.queryQueue.enqueue(this.id, batch, (output) => {
      if (output.length > 0 && this.socket?.writable && this.active) this.socket.write(Buffer.from(output), (error) => { if (error) failed = error; });
    });
    if (failed) throw failed;
    return whole;
  };
}

passMessagesTogether(PGLiteSocketHandler);
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
