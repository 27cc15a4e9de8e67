import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadSopLibrary } from '../../src/scenario/load-file';
import { parseScenario } from '../../src/scenario/parse';
import { scenarioSchema, sopLibrarySchema } from '../../src/scenario/schema';
import { INCIDENT_KINDS, KPI_IDS } from '../../src/sim/ids';

/*
 * docs/scenarios.md is a trainer's only guide: its example must load, and it must explain
 * every field the loader accepts, so a field added to the schema fails here until documented.
 */

const docs = readFileSync('docs/scenarios.md', 'utf8');

/** Every field name reachable in a zod schema. */
function fieldNames(schema: unknown, into = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodObject) {
    for (const [key, value] of Object.entries(schema.shape)) {
      into.add(key);
      fieldNames(value, into);
    }
  } else if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) {
    fieldNames(schema.unwrap(), into);
  } else if (schema instanceof z.ZodArray) {
    fieldNames(schema.element, into);
  } else if (schema instanceof z.ZodRecord) {
    fieldNames(schema.valueType, into);
  } else if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as unknown[]) fieldNames(option, into);
  }
  return into;
}

describe('docs/scenarios.md', () => {
  it('has a complete example that loads', () => {
    const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const example = blocks.find((block) => /^id: /m.test(block));
    expect(example).toBeDefined();
    const scenario = parseScenario(example ?? '', 'docs/scenarios.md', loadSopLibrary());
    expect(scenario.incidents.length).toBeGreaterThan(0);
    expect(scenario.targets.some((t) => t.vsBaseline !== undefined)).toBe(true);
  });

  it('explains every field of a scenario and an SOP library', () => {
    const names = [...fieldNames(scenarioSchema), ...fieldNames(sopLibrarySchema)];
    // Mentioned as code, alone (`seed`) or at the end of a path (`demand.channels`).
    const missing = names.filter((n) => !docs.includes(`\`${n}\``) && !docs.includes(`.${n}\``));
    expect(missing, 'fields the guide never mentions').toEqual([]);
  });

  it('lists every KPI id and incident kind', () => {
    const missing = [...KPI_IDS, ...INCIDENT_KINDS].filter((id) => !docs.includes(`| \`${id}\``));
    expect(missing).toEqual([]);
  });
});
