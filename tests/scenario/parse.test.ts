import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioError, formatIssue } from '../../src/scenario/errors';
import { parseScenario, parseSopLibrary } from '../../src/scenario/parse';
import { FIXTURES, MINIMAL, fixtureLibrary, scenarioError } from './helpers';

const minimal = readFileSync(MINIMAL, 'utf8');
const library = fixtureLibrary();
const parse = (text: string) => parseScenario(text, 'scenarios/x.yaml', library);
const issuesOf = (text: string) => scenarioError(() => parse(text)).issues;

describe('parseScenario', () => {
  it('accepts the minimal scenario and fills in the defaults', () => {
    const s = parse(minimal);
    expect(s.id).toBe('minimal');
    expect(s.startTime).toBe('09:00');
    expect(s.seed).toBe(1);
    expect(s.catalogue[0]?.listing).toEqual({
      title: 0.5,
      image: 0.5,
      detail: 0.5,
      size_chart: 0.5,
    });
    expect(s.warehouse.pickers).toBe(2);
    expect(s.incidents).toEqual([]);
    expect(s.bots.support).toBe('competent');
  });

  it('copies the library cards that sops names into sopCards', () => {
    const s = parse(minimal.replace('targets:', 'sops: [first-response]\ntargets:'));
    expect(s.sops).toEqual(['first-response']);
    expect(s.sopCards.map((c) => c.id)).toEqual(['first-response']);
    expect(s.sopCards[0]).toEqual(library[0]);
    expect(s.sopCards[0]).not.toBe(library[0]);
  });

  it('names the file, line, column and field, in plain words', () => {
    const issues = issuesOf(minimal.replace('    price: 59', '    price: abc'));
    expect(issues).toEqual([
      {
        file: 'scenarios/x.yaml',
        line: 17,
        column: 12,
        path: 'catalogue[0].price',
        message: 'expected a number, got "abc"',
      },
    ]);
    expect(formatIssue(issues[0]!)).toBe(
      'scenarios/x.yaml:17:12 catalogue[0].price: expected a number, got "abc"',
    );
  });

  it('points a missing field at its parent and says which field is missing', () => {
    const [issue] = issuesOf(minimal.replace('    price: 59\n', ''));
    expect(issue).toMatchObject({ line: 15, column: 5, path: 'catalogue[0].price' });
    expect(issue?.message).toBe('missing field "price"');
  });

  it('lists every problem, one per line, in file order', () => {
    const text = minimal
      .replace('difficulty: 1', 'difficulty: 5')
      .replace("op: '<='", "op: '=='")
      .replace('stock: 40', 'stock: -1');
    const err = scenarioError(() => parse(text));
    expect(err.issues.map((i) => [i.line, i.path])).toEqual([
      [7, 'difficulty'],
      [19, 'catalogue[0].stock'],
      [35, 'targets[0].op'],
    ]);
    expect(err.message.split('\n')).toHaveLength(3);
    expect(err.message).toContain('scenarios/x.yaml:7:13 difficulty: must be at most 3, got 5');
    expect(err.name).toBe('ScenarioError');
  });

  it('names the allowed KPI ids and guesses the one meant', () => {
    const [issue] = issuesOf(minimal.replace('kpi: first_response_avg_s', 'kpi: conversion'));
    expect(issue?.path).toBe('targets[0].kpi');
    expect(issue?.message).toMatch(
      /^unknown KPI id "conversion" \(did you mean "conversion_rate"\?\); use one of: uv, add_to_cart_rate, /,
    );
    expect(issue?.message).toContain('repeat_purchase_rate_pred');
  });

  it('points an unknown field at its key and suggests the known one', () => {
    const issues = issuesOf(minimal.replace('    bin: A-01', '    bin: A-01\n    sizd: true'));
    expect(issues).toEqual([
      expect.objectContaining({
        line: 21,
        column: 5,
        path: 'catalogue[0].sizd',
        message: 'unknown field "sizd" (did you mean "sized"?)',
      }),
    ]);
  });

  it('explains an unknown incident kind and a malformed time', () => {
    const text = minimal.replace(
      'targets:',
      "incidents:\n  - { kind: traffic_storm, at: 60, factor: 2 }\n  - { kind: traffic_surge, at: '9:30', factor: 2 }\ntargets:",
    );
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.line, i.path])).toEqual([
      [35, 'incidents[0].kind'],
      [36, 'incidents[1].at'],
    ]);
    expect(issues[0]?.message).toContain('(did you mean "traffic_surge"?)');
    expect(issues[1]?.message).toBe('write a time of day as HH:MM, e.g. "16:00", got "9:30"');
  });

  it('turns YAML syntax errors into issues with a line and column', () => {
    const err = scenarioError(() =>
      parse(minimal.replace('  - id: tee-white', '\t- id: tee-white')),
    );
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({ line: 15, column: 1, path: '' });
    expect(err.issues[0]?.message).toMatch(/^YAML syntax error: indent with spaces, not tabs/);
    expect(err.message).toMatch(/^scenarios\/x\.yaml:15:1: YAML syntax error/);
  });

  it('reports a field given twice', () => {
    const [issue] = issuesOf(minimal.replace('lengthMin: 30', 'lengthMin: 30\nlengthMin: 40'));
    expect(issue).toMatchObject({ line: 13, path: '' });
    expect(issue?.message).toContain('appears twice');
  });

  it('reports an empty file', () => {
    expect(issuesOf('# nothing here\n')).toEqual([
      { file: 'scenarios/x.yaml', line: 1, column: 1, path: '', message: 'the file is empty' },
    ]);
  });

  it('reads YAML anchors and merge keys', () => {
    const text = minimal.replace(
      '    - id: student\n      name: { zh-CN: 学生, en: Student }\n      share: 1',
      '    - &base\n      id: student\n      name: { zh-CN: 学生, en: Student }\n      share: 1\n    - <<: *base\n      id: parent',
    );
    expect(parse(text).demand.personas.map((p) => p.id)).toEqual(['student', 'parent']);
  });
});

describe('parseSopLibrary', () => {
  it('accepts the fixture library', () => {
    const cards = parseSopLibrary(readFileSync(`${FIXTURES}/sop-library.yaml`, 'utf8'), 'lib.yaml');
    expect(cards.map((c) => c.id)).toEqual(['first-response', 'price-floor']);
    expect(cards[1]?.quickReplies).toEqual([]);
  });

  it('locates schema problems and duplicate ids', () => {
    const text = [
      'cards:',
      '  - id: a',
      '    role: chef',
      '    title: { zh-CN: 甲, en: A }',
      '    steps: [{ zh-CN: 一, en: One }]',
      '  - id: b',
      '    role: ops',
      '    title: { zh-CN: 乙, en: B }',
      '    steps: [{ zh-CN: 一, en: One }]',
      '    rules:',
      '      - { kind: max_amount, id: r, text: { zh-CN: 限, en: Cap }, command: compensate, limit: -5 }',
    ].join('\n');
    const err = scenarioError(() => parseSopLibrary(text, 'lib.yaml'));
    expect(err).toBeInstanceOf(ScenarioError);
    expect(err.issues.map((i) => `${i.line}:${i.column} ${i.path}`)).toEqual([
      '3:11 cards[0].role',
      '11:93 cards[1].rules[0].limit',
    ]);
    expect(err.issues[0]?.message).toBe(
      'unknown role "chef"; use one of: buyer, support, ops, warehouse',
    );

    const dup = text
      .replace('id: b', 'id: a')
      .replace('role: chef', 'role: ops')
      .replace('limit: -5', 'limit: 5');
    expect(scenarioError(() => parseSopLibrary(dup, 'lib.yaml')).message).toBe(
      'lib.yaml:6:9 cards[1].id: duplicate SOP card id "a": cards[0] already uses it',
    );
  });
});
