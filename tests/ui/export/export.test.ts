import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { playToEnd } from '../../../src/sim/engine/play';
import { KPI_IDS, LANGS } from '../../../src/sim/ids';
import { MESSAGES } from '../../../src/sim/review/format';
import { analyse, reportOf } from '../../../src/ui/debrief/model';
import { initialChecklist, toggleItem, addItem } from '../../../src/ui/debrief/checklist-model';
import {
  BOM,
  markdownToHtml,
  printableDocument,
  printableHtml,
  toCsv,
  toMarkdown,
} from '../../../src/ui/export';

const scenario = loadScenarioFile('scenarios/full-chain-day.yaml');
const world = playToEnd(scenario, { seed: scenario.seed, botLevel: 'competent' });
const core = analyse(world, undefined);

function checklistFor(lang: (typeof LANGS)[number]) {
  let items = initialChecklist(core.doc, lang, world);
  const first = items[0];
  if (first) items = toggleItem(items, first.id);
  return addItem(items, lang === 'en' ? 'Brief the night shift' : '给夜班做交接培训', 'warehouse');
}

/** The CSV's tables (separated by a blank line), parsed. */
function tables(csv: string): string[][][] {
  return csv
    .replace(BOM, '')
    .split('\r\n\r\n')
    .map((t) => Papa.parse<string[]>(t.trim()).data);
}

describe.each(LANGS)('exports (%s)', (lang) => {
  const report = reportOf(core, lang);
  const checklist = checklistFor(lang);

  it('CSV starts with the UTF-8 BOM and has one row per KPI with the right values', () => {
    const csv = toCsv(report, lang, { checklist, world });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [kpis = [], items = [], meta = []] = tables(csv);
    const [head, ...rows] = kpis;
    expect(head?.[0]).toBe(MESSAGES[lang].debrief.csv.id);
    expect(rows.map((r) => r[0])).toEqual([...KPI_IDS]);
    for (const row of rows) {
      const id = row[0] as (typeof KPI_IDS)[number];
      const v = report.kpis[id];
      if (v === null) expect(row[2]).toBe('');
      else expect(Number(row[2])).toBeCloseTo(v, 6);
      expect(row[1]).toBe(MESSAGES[lang].kpi.label[id]);
    }
    for (const t of report.targets) {
      const row = rows.find((r) => r[0] === t.kpi);
      expect(row?.[4]).toBe(t.op);
      expect(Number(row?.[5])).toBeCloseTo(t.value, 6);
      expect(row?.[7]).toBe(t.met ? MESSAGES[lang].common.met : MESSAGES[lang].common.missed);
    }
    const untargeted = rows.find((r) => r[0] === 'ad_spend');
    expect(untargeted?.[5]).toBe('');
    expect(items.length).toBe(checklist.length + 1);
    expect(items[1]?.[4]).toBe(MESSAGES[lang].common.yes);
    expect(items.at(-1)?.[1]).toBe(checklist.at(-1)?.text);
    expect(meta.find((r) => r[0] === MESSAGES[lang].debrief.csv.seed)?.[1]).toBe(
      String(world.seed),
    );
  });

  it('CSV keeps learner text from running as a formula', () => {
    const evil = addItem([], '=HYPERLINK("http://x")', 'ops');
    const csv = toCsv(report, lang, { checklist: evil });
    expect(csv).not.toContain(',=HYPERLINK');
    expect(csv).toContain("'=HYPERLINK");
  });

  it('Markdown has the four 复盘 steps and the checklist with ticked items', () => {
    const md = toMarkdown(report, core.doc, checklist, lang, world);
    const h = MESSAGES[lang].review.heading;
    for (const heading of [h.goals, h.results, h.causes, h.lessons, h.actions]) {
      expect(md).toContain(`## ${heading}`);
    }
    expect(md.match(/^- \[x\] /gm)?.length).toBe(1);
    expect(md.match(/^- \[ \] /gm)?.length).toBe(checklist.length - 1);
    expect(md).toContain(`- [x] ${checklist[0]?.text}`);
    expect(md).toContain(checklist.at(-1)?.text);
    expect(md.indexOf(`## ${h.actions}`)).toBe(md.lastIndexOf(`## ${h.actions}`));
  });

  it('Markdown appends the key events when given', () => {
    const md = toMarkdown(report, core.doc, checklist, lang, world, {
      events: ['10:00 A', '11:00 B'],
    });
    expect(md).toContain(`## ${MESSAGES[lang].debrief.md.timeline}\n\n- 10:00 A\n- 11:00 B`);
    expect(toMarkdown(report, core.doc, checklist, lang, world)).not.toContain(
      `## ${MESSAGES[lang].debrief.md.timeline}`,
    );
  });

  it('Markdown writes notes and owner changes', () => {
    const [first] = checklist;
    if (!first) return;
    const edited = [{ ...first, note: 'check\nthe dock', ownerRole: 'ops' as const }];
    const md = toMarkdown(report, core.doc, edited, lang, world);
    expect(md).toContain('— check the dock');
    expect(md).toContain(MESSAGES[lang].roles.ops);
  });

  it('Markdown and CSV name the learner and the real export date under the title', () => {
    const byline = { name: '运营小周', date: '2026-12-03 19:30' };
    const md = toMarkdown(report, core.doc, checklist, lang, world, { byline });
    const [title, blank, line] = md.split('\n');
    expect(title).toMatch(/^# /);
    expect(blank).toBe('');
    expect(line).toContain('运营小周');
    expect(line).toContain('2026-12-03 19:30');
    const meta = tables(toCsv(report, lang, { world, byline }))[2] ?? [];
    expect(meta.map((r) => r[1])).toEqual(expect.arrayContaining(['运营小周', '2026-12-03 19:30']));
  });

  it('printable HTML carries the review, the ticked box and escaped learner text', () => {
    const md = toMarkdown(
      report,
      core.doc,
      addItem(checklist, '<script>x</script>', 'ops'),
      lang,
      world,
    );
    const html = printableHtml({
      markdown: md,
      lang,
      charts: [{ title: 'T', src: 'data:image/svg+xml;base64,AA' }],
    });
    expect(html).toContain(`<h2>${MESSAGES[lang].review.heading.goals}</h2>`);
    expect(html).toContain('☑');
    expect(html).toContain('<table>');
    expect(html).toContain('<img src="data:image/svg+xml;base64,AA"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(printableDocument({ markdown: md, lang }, 'x')).toMatch(/^<!doctype html>/);
  });
});

describe('markdownToHtml', () => {
  it('renders headings, tables, nested lists and task items', () => {
    const html = markdownToHtml(
      '# T\n\n| a | b \\| c |\n|---|---|\n| 1 | 2 |\n\n- **x**\n  - y\n- [x] done\n- [ ] open\n\ntext',
    );
    expect(html).toContain('<h1>T</h1>');
    expect(html).toContain('<th>b | c</th>');
    expect(html).toContain('<td>2</td>');
    expect(html).toContain('<li><strong>x</strong></li>\n<ul>\n<li>y</li>\n</ul>');
    expect(html).toContain('class="task done"');
    expect(html).toContain('<p>text</p>');
  });

  it('prints result marks as plain ✓ / ✗ (the ✅ / ❌ emoji print as empty boxes without an emoji font)', () => {
    const html = markdownToHtml('| kpi | result |\n|---|---|\n| a | ✅ met |\n| b | ❌ missed |');
    expect(html).not.toMatch(/[✅❌]/u);
    expect(html).toContain('<span class="mark ok">✓</span> met');
    expect(html).toContain('<span class="mark bad">✗</span> missed');
  });
});
