/**
 * Loading scenario files from disk, for the command line and tests. The game itself reads
 * files through its platform layer and calls `parseScenario` directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScenarioError } from './errors';
import { parseScenario, parseSopLibrary } from './parse';
import type { Scenario, SopCard } from './schema';

/** The built-in SOP library that every scenario's `sops` may name. */
export const BUILTIN_SOP_LIBRARY = fileURLToPath(
  new URL('../../scenarios/sop-library.yaml', import.meta.url),
);

/** The file name of the SOP library, which sits beside the scenarios but is not one. */
const SOP_LIBRARY_NAME = 'sop-library.yaml';

/** Shows a path relative to the working directory when it lies below it: shorter messages. */
function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function readText(path: string, file: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : `cannot read the file (${code ?? String(err)})`;
    throw new ScenarioError([{ file, line: 0, column: 0, path: '', message: why }]);
  }
}

/**
 * Reads and validates an SOP library file.
 * @param path defaults to the built-in library, `scenarios/sop-library.yaml`
 * @throws ScenarioError naming the file, line and field of every problem
 */
export function loadSopLibrary(path: string = BUILTIN_SOP_LIBRARY): SopCard[] {
  const file = display(path);
  return parseSopLibrary(readText(path, file), file);
}

/**
 * Reads and validates a scenario file.
 * @param path the scenario's YAML file; issues name it as given
 * @param sopLibrary the SOP cards its `sops` may name; defaults to the built-in library
 * @throws ScenarioError naming the file, line and field of every problem
 */
export function loadScenarioFile(path: string, sopLibrary?: readonly SopCard[]): Scenario {
  const text = readText(path, path);
  return parseScenario(text, path, sopLibrary ?? loadSopLibrary());
}

/**
 * The scenario files in a folder: `*.yaml` and `*.yml`, sorted, without the SOP library.
 * @param dir defaults to the repository's `scenarios/` folder
 * @returns the files' paths, relative to the working directory when they lie below it
 */
export function listScenarioFiles(
  dir: string = fileURLToPath(new URL('../../scenarios/', import.meta.url)),
): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new ScenarioError([
      { file: dir, line: 0, column: 0, path: '', message: 'folder not found' },
    ]);
  }
  return names
    .filter((name) => /\.ya?ml$/.test(name) && name !== SOP_LIBRARY_NAME)
    .sort()
    .map((name) => display(join(dir, name)));
}
