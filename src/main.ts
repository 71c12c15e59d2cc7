import { rmSync } from 'node:fs';
import { runCli } from './cli.js';
import { killLiveBrowsers } from './pdf/live-browsers.js';
import { pendingTempFiles } from './write/write-atomic.js';

// The only place that ends the process. An interrupt removes half-written temporary files,
// so no partial report is ever left behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const f of pendingTempFiles) rmSync(f, { force: true });
    killLiveBrowsers();
    process.stderr.write(`\nlkj: dihentikan (${signal}); tidak ada berkas setengah jadi yang tertinggal.\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

// No top-level await: this entry point is bundled to CommonJS (dist/lkj.cjs) for start-up speed.
void runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(`${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
