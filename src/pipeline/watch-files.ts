import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** What watchFiles reports: a settled change of one of the watched files. */
export interface WatchLoopOptions {
  /** The workbook. */
  file: string;
  /** An own templates folder, watched recursively. */
  templatesDir?: string;
  /** Quiet time after the last event before a change counts (Excel writes in steps). */
  debounceMs: number;
  signal: AbortSignal;
  /** Runs after every settled change; never concurrently (a change during a run queues one more). */
  onChange: (reason: 'workbook' | 'templates') => Promise<void>;
}

/**
 * Waits for saves and calls onChange once per settled save until the signal aborts.
 * Excel saves by writing a temporary file and renaming it over the workbook, LibreOffice
 * rewrites in place; both are seen as events on the folder. `~$` lock files and other
 * files of the folder are ignored; a save still being written (size or time still moving)
 * waits for the next quiet period.
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
      if (reason === 'workbook') {
        // A save in progress: wait until the file stops changing.
        const a = await fingerprint(o.file);
        await delay(o.debounceMs / 2);
        const b = await fingerprint(o.file);
        if (a === null || a !== b) {
          pending ??= 'workbook';
          await delay(o.debounceMs);
          continue;
        }
        if (b === lastSeen) continue; // touched, not changed
        lastSeen = b;
      }
      await o.onChange(reason);
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

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
