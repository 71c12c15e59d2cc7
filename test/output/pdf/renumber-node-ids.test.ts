import { describe, expect, it } from 'vitest';
import { renumberNodeIds } from '../../../src/output/pdf/finalize-pdf.js';

const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('renumberNodeIds', () => {
  it('numbers structure IDs by rank, keeping their width (and so every byte offset)', () => {
    const input = Buffer.from('1 0 obj << /ID (node00000070) >> 2 0 obj << /ID (node00000068) /K [(node00000070)] >> \xff\x00', 'latin1');
    const out = renumberNodeIds(input);
    expect(out.length).toBe(input.length);
    expect(text(out)).toBe('1 0 obj << /ID (node00000002) >> 2 0 obj << /ID (node00000001) /K [(node00000002)] >> \xff\x00');
  });
  it('the same document printed after others gets the same bytes', () => {
    const first = Buffer.from('(node00000001)(node00000002)', 'latin1');
    const later = Buffer.from('(node00000501)(node00000502)', 'latin1');
    expect(text(renumberNodeIds(later))).toBe(text(renumberNodeIds(first)));
  });
});
