import { parseScenario, parseSopLibrary } from '../../scenario/parse';
import type { Scenario } from '../../scenario/schema';

// The built-in scenarios travel inside the renderer bundle as text and are parsed by the same
// validator as the CLI, so a broken file is reported the same way everywhere.
const files = import.meta.glob<string>('../../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const LIBRARY_FILE = '../../../scenarios/sop-library.yaml';

/** Every built-in scenario, parsed and validated, in file-name order. */
export function builtInScenarios(): Scenario[] {
  const library = parseSopLibrary(files[LIBRARY_FILE] ?? '', 'scenarios/sop-library.yaml');
  return Object.keys(files)
    .filter((f) => f !== LIBRARY_FILE)
    .sort()
    .map((f) => parseScenario(files[f] ?? '', f.replace('../../../', ''), library));
}
