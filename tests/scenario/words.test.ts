import { describe, expect, it } from 'vitest';
import { describeValue, suggest } from '../../src/scenario/words';

describe('suggest', () => {
  const kpis = ['conversion_rate', 'csat', 'gmv', 'first_response_avg_s'];

  it('guesses a typo or a prefix', () => {
    expect(suggest('gvm', kpis)).toBe('gmv');
    expect(suggest('conversion', kpis)).toBe('conversion_rate');
    expect(suggest('CSAT', kpis)).toBe('csat');
  });

  it('does not guess wildly', () => {
    expect(suggest('warehouse_speed', kpis)).toBeUndefined();
  });
});

describe('describeValue', () => {
  it('shows what the file holds', () => {
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue(null)).toBe('an empty value');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({ a: 1 })).toBe('a group of fields');
    expect(describeValue(3.5)).toBe('3.5');
    expect(describeValue('x'.repeat(60))).toBe(`"${'x'.repeat(37)}..."`);
  });
});
