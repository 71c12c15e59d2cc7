import { rmSync } from 'node:fs';
import { runCli } from './cli.js';
import { translateError } from './model/translate-error.js';
import { killLiveBrowsers } from './output/pdf/live-browsers.js';
import { pendingTempFiles } from './write/write-atomic.js';

// A command that runs until interrupted (`generate --watch`) claims the first Ctrl-C: it
// closes its browser and returns, and the process ends normally.
const interrupt = new AbortController();
let interruptClaimed = false;

// The only place that ends the process. An interrupt removes half-written temporary files,
// so no partial report is ever left behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interruptClaimed && !interrupt.signal.aborted) {
      interrupt.abort();
      return;
    }
    for (const f of pendingTempFiles) rmSync(f, { force: true });
    killLiveBrowsers();
    process.stderr.write(`\nlkj: dihentikan (${signal}); tidak ada berkas setengah jadi yang tertinggal.\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

// A failure outside runCli (a stray rejection of the browser library, say) is still said in
// Indonesian, with the original only under --debug; a bug still shows its stack (exit 70).
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (err: unknown) => {
    const t = translateError(err);
    process.stderr.write(`lkj: ${t.message}\n`);
    if (!t.internal && process.argv.includes('--debug') && t.original) process.stderr.write(`${t.original}\n`);
    for (const f of pendingTempFiles) rmSync(f, { force: true });
    killLiveBrowsers();
    process.exit(t.exitCode);
  });
}

// No top-level await: this entry point is bundled to CommonJS (dist/lkj.cjs) for start-up speed.
void runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(`${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  interrupt: {
    signal: interrupt.signal,
    claim: () => {
      interruptClaimed = true;
    },
  },
}).then((code) => {
  process.exitCode = code;
});
