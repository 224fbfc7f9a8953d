import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';

/**
 * A single-instance lock like Electron's: a lock file in userData names the
 * owning process; the owner listens on a socket beside it, and a second
 * instance sends its argv there before it quits.
 */
export class SingleInstanceLock {
  readonly #lockPath: string;
  readonly #socketPath: string;
  #server: Server | null = null;
  #pendingNotify: Promise<void> = Promise.resolve();

  constructor(userDataDir: string) {
    this.#lockPath = join(userDataDir, 'SingletonLock');
    this.#socketPath = join(userDataDir, 'SingletonSocket');
  }

  /** Returns true when this process now owns the lock. */
  acquire(onSecondInstance: (argv: string[]) => void): boolean {
    const outcome = this.#tryCreateLockFile();
    // A folder this user cannot write (a test of read-only mode): run unlocked, as the only instance.
    if (outcome === 'unwritable') return true;
    if (!outcome) {
      this.#pendingNotify = this.#notifyOwner();
      return false;
    }
    rmSync(this.#socketPath, { force: true });
    this.#server = createServer((socket) => {
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk;
      });
      socket.on('end', () => onSecondInstance(JSON.parse(data || '[]') as string[]));
    });
    this.#server.listen(this.#socketPath);
    this.#server.unref();
    return true;
  }

  /** Resolves once a second instance has delivered its message (or given up). */
  settled(): Promise<void> {
    return this.#pendingNotify;
  }

  release(): void {
    if (!this.#server) return;
    this.#server.close();
    this.#server = null;
    rmSync(this.#lockPath, { force: true });
    rmSync(this.#socketPath, { force: true });
  }

  #tryCreateLockFile(): boolean | 'unwritable' {
    try {
      const fd = openSync(this.#lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'unwritable';
      if (this.#ownerIsAlive()) return false;
      rmSync(this.#lockPath, { force: true });
      return this.#tryCreateLockFile();
    }
  }

  #ownerIsAlive(): boolean {
    try {
      process.kill(Number(readFileSync(this.#lockPath, 'utf8')), 0);
      return true;
    } catch {
      return false;
    }
  }

  #notifyOwner(): Promise<void> {
    return new Promise((resolve) => {
      const socket = connect(this.#socketPath, () => socket.end(JSON.stringify(process.argv)));
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
  }
}
