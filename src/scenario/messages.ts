import { z } from 'zod';
import { choices, describeValue, suggest, unknownWord } from './words';

/**
 * Turns zod's issues into sentences a trainer understands. zod's own messages
 * ("Invalid input: expected number, received string") speak of types; ours say what the field
 * needs, what the file holds, and suggest the nearest allowed word for a typo.
 */

/** A problem at a path of the document; `atKey` points at the key rather than its value. */
export interface PathIssue {
  path: PropertyKey[];
  message: string;
  atKey?: boolean;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields (name: value)',
  record: 'a group of fields (name: value)',
};

/** What an enum-valued field holds, by the field's name, so messages can say "unknown KPI id". */
const NOUNS: Record<string, string> = {
  kpi: 'KPI id',
  kind: 'kind',
  module: 'module',
  role: 'role',
  roles: 'role',
  focusRole: 'role',
  baselineIdle: 'role',
  command: 'command',
  commands: 'command',
  prior: 'command',
  template: 'reply template',
  quickReplies: 'reply template',
  trigger: 'trigger',
  frictions: 'friction',
  system: 'system',
  buyer: 'bot level',
  support: 'bot level',
  ops: 'bot level',
  warehouse: 'bot level',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/** The field names an object in the document may have, found by walking the schema along the path. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[], root: unknown): string[] {
  let s: unknown = schema;
  let i = 0;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional) {
      s = s.unwrap();
    } else if (s instanceof z.ZodUnion) {
      // Take the option whose discriminator ("kind") matches the data; else the first object.
      const here = valueAt(root, path.slice(0, i)) as { kind?: unknown } | undefined;
      const objects = (s.options as unknown[]).filter((o) => o instanceof z.ZodObject);
      s = objects.find((o) => kindOf(o) === here?.kind) ?? objects[0];
    } else if (i === path.length) {
      if (s instanceof z.ZodObject) return Object.keys(s.shape);
      // An enum-keyed record (demand.channels) takes its keys from the enum.
      return s instanceof z.ZodRecord && s.keyType instanceof z.ZodEnum
        ? s.keyType.options.map(String)
        : [];
    } else {
      const seg = path[i++] ?? '';
      if (s instanceof z.ZodObject) s = (s.shape as Record<PropertyKey, unknown>)[seg];
      else if (s instanceof z.ZodArray) s = s.element;
      else if (s instanceof z.ZodRecord) s = s.valueType;
      else return [];
    }
  }
}

function kindOf(option: z.ZodObject): unknown {
  const kind: unknown = option.shape.kind;
  return kind instanceof z.ZodLiteral ? kind.value : undefined;
}

function noun(path: readonly PropertyKey[]): string {
  const name = [...path].reverse().find((seg) => typeof seg === 'string');
  return (typeof name === 'string' && NOUNS[name]) || 'value';
}

/** "must be at least 0, got -1", "needs exactly 24 items, got 2", "must not be empty". */
function rangeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown) {
  const small = issue.code === 'too_small';
  const n = small ? issue.minimum : issue.maximum;
  const open = issue.inclusive === false;
  const word = small ? (open ? 'more than' : 'at least') : open ? 'less than' : 'at most';
  if (issue.origin === 'string') {
    return small && n === 1 ? 'must not be empty' : `needs ${word} ${n} characters`;
  }
  if (issue.origin === 'array') {
    const len = Array.isArray(value) ? `, got ${value.length}` : '';
    return `needs ${issue.exact ? 'exactly' : word} ${n} item${n === 1 ? '' : 's'}${len}`;
  }
  return `must be ${open && small ? 'greater than' : word} ${n}, got ${describeValue(value)}`;
}

/** Rewrites one zod issue in plain words. `input` is the document as parsed from YAML. */
export function explainZodIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  schema: z.ZodType,
): PathIssue[] {
  const { path } = issue;
  const value = valueAt(input, path);
  const got = `, got ${describeValue(value)}`;
  const field = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined && typeof field === 'string')
        return [{ path, message: `missing field "${field}"` }];
      return [{ path, message: `expected ${EXPECTED[issue.expected] ?? issue.expected}${got}` }];
    case 'too_small':
    case 'too_big':
      return [{ path, message: rangeMessage(issue, value) }];
    case 'invalid_value':
      if (issue.values.length === 1)
        return [{ path, message: `must be ${describeValue(issue.values[0])}${got}` }];
      return [{ path, message: unknownWord(noun(path), value, issue.values.map(String)) }];
    case 'invalid_format':
      return [{ path, message: `${issue.message}${got}` }];
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path, input);
      return issue.keys.map((key) => {
        const hint = suggest(key, known);
        const tail = hint
          ? ` (did you mean "${hint}"?)`
          : known.length
            ? `; fields here: ${choices(known)}`
            : '';
        return { path: [...path, key], message: `unknown field "${key}"${tail}`, atKey: true };
      });
    }
    case 'invalid_union':
      return explainUnion(issue, input, schema);
    default:
      return [{ path, message: issue.message }];
  }
}

function explainUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  input: unknown,
  schema: z.ZodType,
): PathIssue[] {
  const { path } = issue;
  if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
    const value = valueAt(input, path);
    const kinds = issue.options.map(String);
    if (value === undefined) {
      return [
        { path, message: `missing field "${issue.discriminator}"; use one of: ${choices(kinds)}` },
      ];
    }
    return [{ path, message: unknownWord(noun(path), value, kinds) }];
  }
  // Prefer the branch that got past the type check: its complaint is the one that matters.
  const branches = issue.errors.map((errs) =>
    errs.map((e) => ({ ...e, path: [...path, ...e.path] })),
  );
  const deep = branches.find((errs) =>
    errs.some((e) => e.code !== 'invalid_type' || e.path.length > path.length),
  );
  if (deep?.[0]) return explainZodIssue(deep[0], input, schema);
  const expected = branches.flatMap((errs) =>
    errs.map((e) => (e.code === 'invalid_type' ? e.expected : '')),
  );
  const words = [...new Set(expected.filter(Boolean).map((e) => EXPECTED[e] ?? e))];
  return [
    { path, message: `expected ${words.join(' or ')}, got ${describeValue(valueAt(input, path))}` },
  ];
}
