import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_SOP_LIBRARY,
  listScenarioFiles,
  loadScenarioFile,
  loadSopLibrary,
} from '../../src/scenario/load-file';
import { FIXTURES, MINIMAL, fixtureLibrary, scenarioError } from './helpers';

describe('loadScenarioFile', () => {
  it('loads a valid file', () => {
    expect(loadScenarioFile(MINIMAL, fixtureLibrary()).id).toBe('minimal');
  });

  it('names a file that does not exist', () => {
    const err = scenarioError(() => loadScenarioFile('scenarios/no-such.yaml', []));
    expect(err.issues).toEqual([
      { file: 'scenarios/no-such.yaml', line: 0, column: 0, path: '', message: 'file not found' },
    ]);
    expect(err.message).toBe('scenarios/no-such.yaml: file not found');
  });

  it('names a folder given instead of a file', () => {
    expect(scenarioError(() => loadScenarioFile(FIXTURES, [])).message).toBe(
      `${FIXTURES}: this is a folder, not a file`,
    );
  });
});

describe('loadSopLibrary', () => {
  it('names a library file that does not exist', () => {
    expect(scenarioError(() => loadSopLibrary('nowhere/sop-library.yaml')).message).toBe(
      'nowhere/sop-library.yaml: file not found',
    );
  });

  it.runIf(existsSync(BUILTIN_SOP_LIBRARY))('loads the built-in library', () => {
    expect(loadSopLibrary().length).toBeGreaterThan(0);
  });
});

describe('listScenarioFiles', () => {
  it('lists the YAML files of a folder, sorted, without the SOP library', () => {
    expect(listScenarioFiles(FIXTURES)).toEqual([MINIMAL]);
    const broken = listScenarioFiles(`${FIXTURES}/broken`);
    expect(broken.length).toBeGreaterThan(5);
    expect([...broken].sort()).toEqual(broken);
  });

  it('names a folder that does not exist', () => {
    expect(scenarioError(() => listScenarioFiles('no-such-dir')).message).toBe(
      'no-such-dir: folder not found',
    );
  });
});

// Every shipped scenario loads against the built-in library (until that exists, none is checked).
const shipped = existsSync(BUILTIN_SOP_LIBRARY) ? listScenarioFiles() : [];
it.each(shipped)('%s is a valid scenario', (file) => {
  expect(() => loadScenarioFile(file)).not.toThrow();
});
