import type { Lang } from '../../sim/ids';
import type { RunReport } from '../../sim/report';
import { MESSAGES } from '../../sim/review/format';
import { reviewMarkdown } from '../../sim/review/markdown';
import type { ReviewDoc } from '../../sim/review/types';
import type { World } from '../../sim/world';
import { debriefTexts, fill, sopTitle } from './text';
import type { ChecklistItem } from './types';

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** The 改进清单 as Markdown task items: `- [x] text (owner: Support · SOP: …) — note`. */
export function checklistMarkdown(
  checklist: readonly ChecklistItem[],
  lang: Lang,
  world?: World,
): string[] {
  const m = MESSAGES[lang];
  const d = debriefTexts(lang).md;
  if (checklist.length === 0) return [m.review.actions.none];
  const lines = checklist.map((a) => {
    const tags = [fill(d.owner, { role: m.roles[a.ownerRole] })];
    if (a.sopRef !== undefined) {
      tags.push(fill(m.review.actions.sop, { sop: sopTitle(a.sopRef, lang, world) }));
    }
    if (a.custom) tags.push(d.mine);
    const note = oneLine(a.note) === '' ? '' : ` — ${oneLine(a.note)}`;
    const owner = fill(m.review.actions.tags, { tags: tags.join(' · ') });
    return `- [${a.done ? 'x' : ' '}] ${oneLine(a.text)}${owner}${note}`;
  });
  return [d.checklistIntro, '', ...lines];
}

/** The learner and the export date as a line under the title. */
function withByline(head: string, lang: Lang, byline?: { name: string; date: string }): string {
  if (!byline) return head;
  const [title = '', ...rest] = head.split('\n');
  return [title, '', fill(debriefTexts(lang).md.byline, byline), ...rest].join('\n');
}

/**
 * The 复盘 as Markdown in one language: the generator's four steps (回顾目标 / 评估结果 /
 * 分析原因 / 总结经验) as `reviewMarkdown` writes them, then the 改进清单 as the learner left it
 * (ticked items as `- [x]`, owner changes, notes, own items), and the key events when given.
 */
export function toMarkdown(
  report: RunReport,
  doc: ReviewDoc,
  checklist: readonly ChecklistItem[],
  lang: Lang,
  world: World,
  extras: {
    events?: readonly string[];
    /** Who exported it and when (wall-clock, already formatted): the 复盘 only knows sim time. */
    byline?: { name: string; date: string };
  } = {},
): string {
  const heading = `## ${MESSAGES[lang].review.heading.actions}`;
  const base = reviewMarkdown(doc, lang, world);
  const at = base.indexOf(`\n${heading}\n`);
  const head = at < 0 ? base.trimEnd() : base.slice(0, at).trimEnd();
  const lines = [
    withByline(head, lang, extras.byline),
    '',
    heading,
    '',
    ...checklistMarkdown(checklist, lang, world),
  ];
  if (extras.events && extras.events.length > 0) {
    lines.push(
      '',
      `## ${debriefTexts(lang).md.timeline}`,
      '',
      ...extras.events.map((e) => `- ${oneLine(e)}`),
    );
  }
  if (report.worldHash)
    lines.push(
      '',
      `<!-- shopdojo ${report.scenario.id}@${report.scenario.version} seed ${report.seed} hash ${report.worldHash} -->`,
    );
  return `${lines.join('\n')}\n`;
}
