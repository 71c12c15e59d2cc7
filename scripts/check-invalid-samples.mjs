#!/usr/bin/env node
// CI check: every workbook in samples/invalid gives, through the real CLI, exactly the exit
// code and the problem codes/cells listed in samples/invalid/expected.json.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'samples/invalid';
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const key = (p) => `${p.code} ${p.sheet ?? ''}!${p.cell ?? ''}`;
let failures = 0;
for (const [file, exp] of Object.entries(expected)) {
  const args = [
    'bin/lkj', 'validate', '--format', 'json', join(dir, file),
    ...(exp.tw ? ['--tw', String(exp.tw)] : []),
    ...(exp.dokumen ? ['--dokumen', exp.dokumen] : []),
  ];
  let status = 0;
  let out;
  try {
    out = execFileSync('node', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    status = err.status;
    out = err.stdout;
  }
  const got = JSON.parse(out).files[0];
  const same = (a, b) => JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
  const ok = status === exp.exit && same(got.errors, exp.errors) && same(got.warnings, exp.warnings);
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: exit ${status}, ${[...got.errors, ...got.warnings].map(key).join('; ') || 'no problems'}`);
}
// Annotations as a CI log shows them.
try {
  execFileSync('node', ['bin/lkj', 'validate', '--format', 'github', ...Object.keys(expected).map((f) => join(dir, f))], { stdio: 'inherit' });
} catch {
  /* exit 1 expected: these are invalid */
}
console.log(`invalid samples: ${Object.keys(expected).length - failures} as expected, ${failures} not`);
process.exit(failures ? 1 : 0);
