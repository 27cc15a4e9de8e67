import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import { checkSopCards, crossCheckScenario } from './cross-check';
import { ScenarioError, formatPath, sortIssues, type ScenarioIssue } from './errors';
import { explainZodIssue, type PathIssue } from './messages';
import { scenarioSchema, sopLibrarySchema, type Scenario, type SopCard } from './schema';

/*
 * Text → validated data, with every problem tied to a line and column of the file. Pure (no
 * Node built-ins): the game parses scenarios in the renderer and the browser build too.
 */

interface Source {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

const RUNS_ON =
  'this value runs on into the next line: check that line\'s indentation, or put quotes around a text containing ": "';
/** Plain words for the YAML mistakes people make most; the parser's own words follow. */
const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'this field appears twice in the same group; keep one',
  BAD_INDENT: 'the indentation does not line up with the lines around it',
  MISSING_CHAR: 'a quote or bracket opened earlier is never closed',
  MULTIPLE_DOCS: 'the file holds more than one document ("---"); keep one per file',
  BLOCK_AS_IMPLICIT_KEY: RUNS_ON,
  MULTILINE_IMPLICIT_KEY: RUNS_ON,
};

function yamlIssue(file: string, lines: LineCounter, err: YAMLError): ScenarioIssue {
  const { line, col } = lines.linePos(err.pos[0]);
  const hint = YAML_HINTS[err.code];
  const message = `YAML syntax error: ${hint ? `${hint} (${err.message})` : err.message}`;
  return { file, line, column: col, path: '', message };
}

function readYaml(text: string, file: string): Source {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, merge: true });
  const [syntax] = doc.errors;
  if (syntax) {
    // Only the first: one slip (a tab, a stray indent) trips errors on every line after it.
    throw new ScenarioError([yamlIssue(file, lines, syntax)]);
  }
  if (doc.contents === null) {
    throw new ScenarioError([{ file, line: 1, column: 1, path: '', message: 'the file is empty' }]);
  }
  try {
    return { file, doc, lines, data: doc.toJS() };
  } catch (err) {
    // toJS throws only on pathological aliases (e.g. a "billion laughs" file).
    const message = `YAML error: ${err instanceof Error ? err.message : String(err)}`;
    throw new ScenarioError([{ file, line: 1, column: 1, path: '', message }]);
  }
}

/**
 * Where a path points in the file. A missing field points at the nearest existing parent; a
 * block collection or an empty value points at its key, the line that names it.
 */
function locate(src: Source, path: readonly PropertyKey[], atKey = false) {
  let node: unknown = src.doc.contents;
  let offset = startOf(node) ?? 0;
  for (const [i, seg] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      node = pair.value;
      const keyAt = startOf(pair.key) ?? offset;
      const valueAt =
        isScalar(node) && node.range && node.range[0] < node.range[1] ? node.range[0] : undefined;
      offset = atKey && i === path.length - 1 ? keyAt : (valueAt ?? keyAt);
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      node = node.items[seg];
      offset = startOf(node) ?? offset;
    } else break;
  }
  const { line, col } = src.lines.linePos(offset);
  return { line, column: col };
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? (node.range?.[0] ?? undefined) : undefined;
}

function toIssue(src: Source, issue: PathIssue): ScenarioIssue {
  const where = locate(src, issue.path, issue.atKey);
  return { file: src.file, ...where, path: formatPath(issue.path), message: issue.message };
}

function fail(src: Source, issues: readonly PathIssue[]): never {
  const located = sortIssues(issues.map((i) => toIssue(src, i)));
  const seen = new Set<string>();
  throw new ScenarioError(
    located.filter((i) => !seen.has(JSON.stringify(i)) && seen.add(JSON.stringify(i))),
  );
}

function validate<S extends z.ZodType>(schema: S, src: Source): z.output<S> {
  const result = schema.safeParse(src.data);
  if (result.success) return result.data;
  fail(
    src,
    result.error.issues.flatMap((issue) => explainZodIssue(issue, src.data, schema)),
  );
}

/**
 * Parses and validates a scenario file's text.
 * @param text the YAML text
 * @param file the name to report in issues, e.g. "scenarios/flash-sale.yaml"
 * @param sopLibrary the built-in SOP cards that `sops` may name besides the file's own `sopCards`
 * @returns the scenario with every default filled in, and the library cards that `sops` names
 *   appended to `sopCards` (so `sopCards` holds every card in play)
 * @throws ScenarioError listing every problem with its line, column and field
 */
export function parseScenario(
  text: string,
  file: string,
  sopLibrary: readonly SopCard[],
): Scenario {
  const src = readYaml(text, file);
  const scenario = validate(scenarioSchema, src);
  const issues = crossCheckScenario(scenario, sopLibrary);
  if (issues.length > 0) fail(src, issues);
  // The sim reads SOP cards from the scenario alone: copy in the library cards `sops` names, so
  // the scenario carries every card in play and a saved run replays with the cards it had.
  const borrowed = sopLibrary.filter((card) => scenario.sops.includes(card.id));
  return {
    ...scenario,
    sopCards: [...scenario.sopCards, ...borrowed.map((c) => structuredClone(c))],
  };
}

/**
 * Parses and validates an SOP library file (`cards: [...]`).
 * @throws ScenarioError listing every problem with its line, column and field
 */
export function parseSopLibrary(text: string, file: string): SopCard[] {
  const src = readYaml(text, file);
  const { cards } = validate(sopLibrarySchema, src);
  const issues = checkSopCards(cards, ['cards']);
  if (issues.length > 0) fail(src, issues);
  return cards;
}
