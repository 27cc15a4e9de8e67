import { z } from 'zod';
import { scenarioSchema, sopLibrarySchema } from './schema';

/*
 * JSON Schema for editor completion and hover help in scenario files. Generated from the zod
 * schema, so it cannot drift from what the loader accepts; a test compares the committed files
 * with a fresh generation. Pure: no Node built-ins (the CLI writes the files).
 */

type JsonObject = Record<string, unknown>;

/**
 * A record keyed by an enum (demand.channels) comes out as `propertyNames` + `additionalProperties`,
 * which validates but completes nothing; spell the keys out as properties so editors offer them.
 */
function spellOutEnumKeys(ctx: { zodSchema: unknown; jsonSchema: JsonObject }): void {
  const js = ctx.jsonSchema;
  const names = js.propertyNames as { enum?: unknown[] } | undefined;
  if (!(ctx.zodSchema instanceof z.ZodRecord) || !Array.isArray(names?.enum)) return;
  js.properties = Object.fromEntries(
    names.enum.map((key) => [String(key), js.additionalProperties]),
  );
  js.additionalProperties = false;
  delete js.propertyNames;
}

function generate(schema: z.ZodType, title: string, description: string): JsonObject {
  const json = z.toJSONSchema(schema, {
    // Input side: fields with defaults are optional in the file.
    io: 'input',
    // draft-07 is what editors (yaml-language-server, JetBrains) support best.
    target: 'draft-7',
    override: spellOutEnumKeys,
  }) as JsonObject;
  return { $schema: json.$schema, title, description, ...json };
}

/** The JSON Schema of a scenario file. */
export function scenarioJsonSchema(): JsonObject {
  return generate(
    scenarioSchema,
    'ShopDojo scenario',
    'A training scenario for ShopDojo (电商运营道场). Every field is explained in docs/scenarios.md.',
  );
}

/** The JSON Schema of an SOP library file (`cards: [...]`). */
export function sopLibraryJsonSchema(): JsonObject {
  return generate(
    sopLibrarySchema,
    'ShopDojo SOP library',
    'SOP cards any scenario can put in play by id. Explained in docs/scenarios.md.',
  );
}

/** The generated files, by name under `scenarios/`, with their exact committed text. */
export function schemaFiles(): Record<string, string> {
  const text = (schema: JsonObject) => `${JSON.stringify(schema, null, 2)}\n`;
  return {
    'scenario.schema.json': text(scenarioJsonSchema()),
    'sop-library.schema.json': text(sopLibraryJsonSchema()),
  };
}
