/**
 * What crosses the thread boundary of the docx batch workers (./report-workers.ts): a
 * validated workbook going in, the report's figures (for the Rekap) coming out. Both are
 * plain data apart from decimal.js numbers, which structured cloning cannot carry (a
 * Decimal holds its constructor): they travel as their exact decimal text and are rebuilt
 * on the other side, digit for digit.
 */
import { Decimal } from 'decimal.js';

const TAG = '$lkjDecimal';

export function encodeForWorker<T>(value: T): unknown {
  return encode(value);
}

export function decodeFromWorker<T>(value: unknown): T {
  return decode(value) as T;
}

function encode(v: unknown): unknown {
  // toString() drops the sign of a negative zero.
  if (v instanceof Decimal) return { [TAG]: v.isZero() && v.isNegative() ? '-0' : v.toString() };
  if (Array.isArray(v)) return v.map(encode);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = encode(x);
    return out;
  }
  return v;
}

function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (isPlainObject(v)) {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === TAG) return new Decimal(v[TAG] as string);
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = decode(v[k]);
    return out;
  }
  return v;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
