import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../domain/errors.ts';

/**
 * PGlite does not lock its data folder, and a second process opening it can corrupt it. We take
 * `debitor.lock` (holding our pid) with an exclusive create. A lock left by a process that no longer
 * exists (after a kill -9) is stale and taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'debitor.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DomainError(
          'database_locked',
          `The data folder ${dataDir} is in use by another Debitor process (pid ${holder}). ` +
            'Stop that process, or set DEBITOR_DATA_DIR to another folder.',
        );
      }
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new DomainError('database_locked', `Could not lock the data folder ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
