/**
 * Problems found in a scenario or SOP library file, located so a trainer can fix them in an
 * editor: `scenarios/x.yaml:14:5 catalogue[2].price: expected a number, got "abc"`.
 */

/** One problem in a scenario or SOP library file. */
export interface ScenarioIssue {
  /** The file as the caller named it, e.g. "scenarios/flash-sale.yaml". */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file (e.g. it cannot be read). */
  line: number;
  /** 1-based column; 0 together with line 0. */
  column: number;
  /** Where in the document, e.g. "catalogue[2].price"; "" for the document as a whole. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** Thrown when a file cannot be used; `message` lists every issue, one per line. */
export class ScenarioError extends Error {
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

/** `file:line:column path: message`, the form editors and terminals turn into links. */
export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Writes a document path the way a trainer reads it: `["catalogue", 2, "price"]` → `catalogue[2].price`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_][\w-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

/** Orders issues as they appear in the file, so a list of them reads top to bottom. */
export function sortIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}
