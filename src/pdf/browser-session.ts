import type { Browser } from 'puppeteer-core';
import { launchBrowser } from './launch-browser.js';

/**
 * One browser shared by a whole batch, relaunched when it dies (crash, kill -9) so the
 * remaining reports still print. The session owns the browser: call close() in `finally`.
 */
export class BrowserSession {
  private browser: Promise<Browser> | null = null;
  launches = 0;

  constructor(
    private readonly executablePath: string,
    private readonly launch: (path: string) => Promise<Browser> = launchBrowser,
  ) {}

  async get(): Promise<Browser> {
    if (this.browser) {
      const b = await this.browser.catch(() => null);
      if (b?.connected) return b;
    }
    this.launches++;
    this.browser = this.launch(this.executablePath);
    return this.browser;
  }

  /** Throws the current browser away (it hung or crashed); the next get() starts a new one. */
  async restart(): Promise<void> {
    const old = this.browser;
    this.browser = null;
    const b = await old?.catch(() => null);
    await b?.close().catch(() => b.process()?.kill('SIGKILL'));
  }

  async close(): Promise<void> {
    await this.restart();
  }
}
