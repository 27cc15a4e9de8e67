import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/sim/commands/registry';
import { COMMAND_TYPES, ROLES } from '../../../src/sim/ids';
import { LOCALES } from '../../../src/i18n';
import { CONTROLS } from '../../../src/ui/stations/controls';

const source = (file: string) => readFileSync(`src/ui/stations/${file}`, 'utf8');

describe('station controls', () => {
  it.each(ROLES)('maps every %s command to a control', (role) => {
    expect(Object.keys(CONTROLS[role]).sort()).toEqual([...COMMAND_TYPES[role]].sort());
  });

  it.each(ROLES)('has each %s control issue its command in the file the map names', (role) => {
    for (const [command, control] of Object.entries(CONTROLS[role])) {
      const src = source(control.file);
      expect(src, `${control.file} issues ${command}`).toContain(`'${command}'`);
      expect(src, `${control.file} calls act()`).toContain('act(');
      // Every fixed part of the test id is written in the file (`<id>` parts are filled in).
      for (const part of control.testid.split(/<[^>]+>/).filter(Boolean))
        expect(src, `${control.file} has test id ${control.testid}`).toContain(part);
      expect(COMMANDS).toHaveProperty(command);
    }
  });

  it('names every command and every reply template in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const s = LOCALES[lang].stations;
      for (const role of ROLES)
        for (const c of COMMAND_TYPES[role]) expect(s.command[c].length).toBeGreaterThan(0);
      expect(Object.keys(s.reply.text).sort()).toEqual(Object.keys(s.reply.label).sort());
    }
    expect(LOCALES['zh-CN'].stations.reply.text.presale_answer).toMatch(/^亲，这款尺码偏大半码/);
  });
});
