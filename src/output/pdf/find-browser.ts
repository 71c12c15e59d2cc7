import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { RenderError } from '../../model/errors.js';

export interface BrowserSearch {
  /** `--browser PATH` */
  explicit?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Injected for tests. */
  exists?: (p: string) => boolean;
  home?: string;
}

/**
 * The Chrome/Chromium to print with, in the order users expect: the flag, the environment,
 * puppeteer's own download cache, then the usual installs. Throws a RenderError (exit 3)
 * saying how to get one.
 */
export function findBrowser(search: BrowserSearch = {}): string {
  const env = search.env ?? process.env;
  const exists = search.exists ?? existsSync;
  if (search.explicit) {
    if (exists(search.explicit)) return search.explicit;
    throw new RenderError(`Peramban "${search.explicit}" (--browser) tidak ditemukan.`);
  }
  for (const name of ['LKJ_BROWSER', 'PUPPETEER_EXECUTABLE_PATH'] as const) {
    const p = env[name];
    if (p) {
      if (exists(p)) return p;
      throw new RenderError(`Peramban "${p}" dari ${name} tidak ditemukan.`);
    }
  }
  const found = candidates(search.platform ?? process.platform, env, search.home ?? homedir()).find(exists);
  if (found) return found;
  throw new RenderError(
    'Tidak ada Chrome/Chromium untuk mencetak PDF. Pasang dengan "apt-get install chromium" (Debian/Ubuntu), ' +
      'atau tunjuk peramban yang ada dengan --browser PATH atau variabel LKJ_BROWSER.',
  );
}

function candidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string[] {
  const list: string[] = [...puppeteerCache(join(env.PUPPETEER_CACHE_DIR ?? join(home, '.cache', 'puppeteer')))];
  if (platform === 'win32') {
    for (const base of [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]) {
      if (!base) continue;
      list.push(
        join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(base, 'Chromium', 'Application', 'chrome.exe'),
        join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      );
    }
    return list;
  }
  if (platform === 'darwin') {
    list.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'msedge'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const n of names) list.push(join(dir, n));
  }
  list.push('/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge');
  return list;
}

/** Browsers that `npx puppeteer browsers install` left in its cache, newest first. */
function puppeteerCache(dir: string): string[] {
  const out: string[] = [];
  for (const product of ['chrome', 'chrome-headless-shell']) {
    let versions: string[] = [];
    try {
      versions = readdirSync(join(dir, product)).sort().reverse();
    } catch {
      continue;
    }
    for (const v of versions) {
      for (const sub of ['chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell', 'chrome-win64/chrome.exe']) {
        out.push(join(dir, product, v, sub));
      }
    }
  }
  return out;
}
