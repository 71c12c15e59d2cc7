import { describe, expect, it } from 'vitest';
import { numberFormatEffect } from '../../src/validate/number-format.js';

describe('numberFormatEffect', () => {
  it('a real percent format scales (built-in 9/10 and custom codes)', () => {
    for (const f of ['0%', '0.00%', '#,##0.00%', '0.0%;[Red]-0.0%', '[$-421]0.00%', '0%;-0%;"nol"']) {
      expect(numberFormatEffect(f, 0.7025), f).toEqual({ kind: 'percent' });
    }
  });

  it('a % in quotes, escaped, in brackets, after _ or * is decoration', () => {
    for (const f of ['0"%"', '0\\%', '#,##0.00" %"', '0_%', '0*%', '[$%-421]0']) {
      expect(numberFormatEffect(f, 70), f).toEqual({ kind: 'plain' });
    }
  });

  it('the section that applies to the value decides', () => {
    expect(numberFormatEffect('0;0%', 5)).toEqual({ kind: 'plain' });
    expect(numberFormatEffect('0;0%', -5)).toEqual({ kind: 'percent' });
    expect(numberFormatEffect('0%;0', -5)).toEqual({ kind: 'plain' });
    expect(numberFormatEffect('0;0;0%', 0)).toEqual({ kind: 'percent' });
    // A ; inside quotes does not split.
    expect(numberFormatEffect('0" ; "%', 1)).toEqual({ kind: 'percent' });
  });

  it('trailing thousands separators scale; grouping does not', () => {
    expect(numberFormatEffect('#,##0,', 53955500)).toEqual({ kind: 'scaled', commas: 1 });
    expect(numberFormatEffect('0.0,,', 53955500)).toEqual({ kind: 'scaled', commas: 2 });
    expect(numberFormatEffect('#,##0,"K"', 53955500)).toEqual({ kind: 'scaled', commas: 1 });
    for (const f of ['#,##0', '#,##0.00', '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_);_(@_)', '[$Rp-421]#,##0', '#.##0', '@', 'General', '0","0']) {
      expect(numberFormatEffect(f, 53955500), f).toEqual({ kind: 'plain' });
    }
  });

  it('no format is plain', () => {
    expect(numberFormatEffect(undefined, 1)).toEqual({ kind: 'plain' });
    expect(numberFormatEffect('', 1)).toEqual({ kind: 'plain' });
  });
});
