import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, schemaFiles } from '../../src/scenario/json-schema';
import { MINIMAL } from './helpers';

describe('generated JSON Schema', () => {
  it.each(Object.entries(schemaFiles()))(
    'scenarios/%s is up to date (npm run scenario:schema)',
    (name, fresh) => {
      expect(readFileSync(`scenarios/${name}`, 'utf8')).toBe(fresh);
    },
  );

  it('makes fields with defaults optional and spells out the channel names', () => {
    const schema = scenarioJsonSchema() as {
      required: string[];
      properties: { demand: { properties: { channels: { properties: object } } } };
    };
    expect(schema.required).toContain('catalogue');
    expect(schema.required).not.toContain('startTime');
    expect(Object.keys(schema.properties.demand.properties.channels.properties)).toEqual([
      'organic',
      'search_ads',
      'feed_ads',
      'livestream',
      'returning',
    ]);
  });

  it('is what scenario files point their editor at', () => {
    expect(readFileSync(MINIMAL, 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=.*scenarios\/scenario\.schema\.json\n/,
    );
  });
});
