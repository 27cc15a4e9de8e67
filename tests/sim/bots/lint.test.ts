import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a snippet as if it were a bot file, with the project's own config. */
async function lintAsBot(code: string, file = 'src/sim/bots/claims.ts') {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('bots may read the world only through the observation API', () => {
  it.each([
    "import type { World } from '../world';",
    "import type { Aftersale } from '../entities';",
    "import { claimEvidence } from '../orders/claim-evidence';",
    "import { computeKpis } from '../kpi/compute';",
    "import { crewBacklog } from '../warehouse/labor';",
  ])('refuses %s', { timeout: 60_000 }, async (line) => {
    const found = await lintAsBot(`${line}\nexport const x = 1;\n`);
    expect(found.length).toBe(1);
    expect(found[0]?.message).toMatch(/observe/);
  });

  it('allows the observation API and the shared ids', { timeout: 60_000 }, async () => {
    const found = await lintAsBot(
      "import type { ClaimView } from '../observe';\nimport { ROLES } from '../ids';\nexport const f = (c: ClaimView) => ROLES.length + c.amount;\n",
    );
    expect(found).toEqual([]);
  });
});
