import { Worker } from 'node:worker_threads';
import { lockDataDir } from './data-dir-lock.ts';

export type EmbeddedServer = { port: number; stop(): Promise<void> };

/** Starts PGlite on `dataDir` in a worker thread, served on a loopback port, holding the folder's lock. */
export async function startEmbedded(dataDir: string): Promise<EmbeddedServer> {
  const unlock = lockDataDir(dataDir);
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The embedded database stopped at start (exit ${code})`)));
      worker.once('message', (m: { type: string; port: number }) => resolve(m.port));
    });
    worker.removeAllListeners('exit');
    return {
      port,
      async stop() {
        const closed = new Promise<void>((resolve) => worker.once('message', () => resolve()));
        worker.postMessage({ type: 'close' });
        await closed;
        await worker.terminate();
        unlock();
      },
    };
  } catch (error) {
    await worker.terminate();
    unlock();
    throw error;
  }
}
