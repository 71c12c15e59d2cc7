import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** What a run is told about the save it handles. */
export interface SaveCheck {
  /**
   * Whether the workbook is still the save this run started from. False means another
   * write came after it (a save in several steps, or the next save): the run's result is
   * stale — write nothing, report nothing; the newer write has already queued a run.
   */
  current(): Promise<boolean>;
}

export interface WatchLoopOptions {
  /** The workbook. */
  file: string;
  /** An own templates folder, watched recursively. */
  templatesDir?: string;
  /** Quiet time after the last event before a change is handled (one save fires several events). */
  debounceMs: number;
  signal: AbortSignal;
  /** Runs after every settled change; never concurrently (a change during a run queues one more). */
  onChange: (reason: 'workbook' | 'templates', save: SaveCheck) => Promise<void>;
}

/**
 * Waits for saves and calls onChange once per save until the signal aborts.
 * Excel saves by writing a temporary file and renaming it over the workbook, LibreOffice
 * rewrites in place; both are seen as events on the folder. `~$` lock files and other
 * files of the folder are ignored.
 *
 * A save still being written is not waited out up front (that wait is paid on every save):
 * the run starts after a short quiet time, and `SaveCheck.current()` tells it afterwards
 * whether the file moved under it — then its result is dropped and the newer write, which
 * has queued its own run, counts instead.
 */
export async function watchFiles(o: WatchLoopOptions): Promise<void> {
  const dir = path.dirname(path.resolve(o.file));
  const base = path.basename(o.file);
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let pending: 'workbook' | 'templates' | null = null;
  let running: Promise<void> | null = null;
  let lastSeen = await fingerprint(o.file);

  const run = async (): Promise<void> => {
    while (pending && !o.signal.aborted) {
      const reason = pending;
      pending = null;
      const started = await fingerprint(o.file);
      if (reason === 'workbook') {
        // Missing: mid-rename, the rename's own event follows. Same: touched, not changed.
        if (started === null || started === lastSeen) continue;
        lastSeen = started;
      }
      await o.onChange(reason, { current: async () => (await fingerprint(o.file)) === started });
    }
  };
  const schedule = (reason: 'workbook' | 'templates') => {
    if (pending !== 'workbook') pending = reason;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) return; // the running loop picks `pending` up
      running = run().finally(() => {
        running = null;
      });
    }, o.debounceMs);
  };

  watchers.push(
    watch(dir, (_event, name) => {
      if (name === null || name.toString() === base) schedule('workbook');
    }),
  );
  if (o.templatesDir !== undefined) {
    watchers.push(watch(o.templatesDir, { recursive: true }, () => schedule('templates')));
  }
  try {
    await new Promise<void>((resolve) => {
      if (o.signal.aborted) resolve();
      o.signal.addEventListener('abort', () => resolve(), { once: true });
    });
  } finally {
    clearTimeout(timer);
    for (const w of watchers) w.close();
    await running;
  }
}

/** Size and modification time, or null while the file is missing (mid-rename). */
async function fingerprint(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}
