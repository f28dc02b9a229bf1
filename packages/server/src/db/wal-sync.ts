import { type FileHandle, open } from 'node:fs/promises';

/**
 * Makes SQLite's write-ahead log durable off the event loop. A commit made with `synchronous =
 * NORMAL` is in the log (and visible to readers) but may still sit in the OS's cache; `sync()`
 * answers once an `fdatasync` of the log that began after the call has finished, so everything
 * committed before the call is on disk. Calls that arrive while a sync runs share the next one.
 * The sync runs in libuv's thread pool, so a slow disk holds up only those waiting for it.
 */
export interface WalSync {
  sync(): Promise<void>;
  close(): Promise<void>;
}

export function walSync(databaseFile: string, openFile: typeof open = open): WalSync {
  const path = `${databaseFile}-wal`;
  let handle: Promise<FileHandle> | undefined;
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;

  // The log lives as long as this process holds a connection to the database (SQLite removes it
  // only when the last connection closes), so one handle serves every sync.
  const once = async () => {
    handle ??= openFile(path, 'r');
    try {
      await (await handle).datasync();
    } catch (err) {
      // Open afresh next time rather than keep a handle that failed.
      const failed = handle;
      handle = undefined;
      await failed.then((h) => h.close()).catch(() => {});
      throw err;
    }
  };

  function sync(): Promise<void> {
    if (!running) {
      running = once().finally(() => {
        running = undefined;
      });
      return running;
    }
    // One already runs and may have begun before this commit: wait for the one after it.
    next ??= running.then(start, start);
    return next;
  }

  function start(): Promise<void> {
    next = undefined;
    return sync();
  }

  return {
    sync,
    async close() {
      await Promise.allSettled([running, next]);
      const h = handle;
      handle = undefined;
      if (h) await (await h).close();
    },
  };
}
