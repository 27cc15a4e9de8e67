import type { Lang } from '../../sim/ids';
import { debriefTexts } from './text';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Result marks as plain glyphs: without a colour-emoji font (many print drivers, Linux) ✅ and ❌
 * print as empty boxes; ✓ and ✗ are in the ordinary fonts.
 */
const MARKS: Record<string, string> = {
  '✅': '<span class="mark ok">✓</span>',
  '❌': '<span class="mark bad">✗</span>',
};

/** Inline Markdown of the 复盘 (bold, code) on escaped text. */
function inline(s: string): string {
  return escapeHtml(s)
    .replace(/✅|❌/gu, (m) => MARKS[m] ?? m)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

const splitRow = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

/**
 * The subset of Markdown the 复盘 uses — headings, paragraphs, pipe tables, `-` lists with
 * nested items, `- [ ]` / `- [x]` task items, bold — as HTML. Everything is escaped first, so
 * learner notes cannot inject markup. HTML comments are dropped.
 */
export function markdownToHtml(md: string): string {
  const lines = md.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = (heading[1] ?? '#').length;
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('|')) rows.push(lines[i++] ?? '');
      const [head, , ...body] = rows;
      const th = splitRow(head ?? '')
        .map((c) => `<th>${inline(c)}</th>`)
        .join('');
      const trs = body.map(
        (r) =>
          `<tr>${splitRow(r)
            .map((c) => `<td>${inline(c)}</td>`)
            .join('')}</tr>`,
      );
      out.push(`<table><thead><tr>${th}</tr></thead><tbody>${trs.join('')}</tbody></table>`);
    } else if (/^\s*- /.test(line)) {
      out.push('<ul>');
      let nested = false;
      while (i < lines.length && /^\s*- /.test(lines[i] ?? '')) {
        const item = lines[i++] ?? '';
        const deep = /^\s{2,}- /.test(item);
        if (deep && !nested) out.push('<ul>');
        if (!deep && nested) out.push('</ul>');
        nested = deep;
        const text = item.replace(/^\s*- /, '');
        const task = /^\[([ xX])\]\s+(.*)$/.exec(text);
        if (task) {
          const done = task[1] !== ' ';
          out.push(
            `<li class="task${done ? ' done' : ''}"><span class="box">${done ? '☑' : '☐'}</span> ${inline(task[2] ?? '')}</li>`,
          );
        } else out.push(`<li>${inline(text)}</li>`);
      }
      if (nested) out.push('</ul>');
      out.push('</ul>');
    } else if (line.trim() === '') {
      i++;
    } else {
      const para: string[] = [];
      while (
        i < lines.length &&
        (lines[i] ?? '').trim() !== '' &&
        !/^(#|\||\s*- )/.test(lines[i] ?? '')
      ) {
        para.push(inline(lines[i++] ?? ''));
      }
      out.push(`<p>${para.join('<br>')}</p>`);
    }
  }
  return out.join('\n');
}

export interface PrintableInput {
  /** The 复盘 as {@link toMarkdown} writes it. */
  markdown: string;
  lang: Lang;
  /** Chart images (SVG or PNG data URLs) to print above the review. */
  charts?: readonly { title: string; src: string }[];
}

/** The print stylesheet of {@link printableHtml}: A4, CJK fonts, tables that do not split rows. */
export const PRINT_CSS = `
.sd-print{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;color:#1f2733;font-size:11pt;line-height:1.55}
.sd-print h1{font-size:18pt;margin:0 0 4pt}
.sd-print h2{font-size:13pt;margin:16pt 0 6pt;padding-bottom:3pt;border-bottom:1.5pt solid #2f6fed;break-after:avoid}
.sd-print h3{font-size:11.5pt;margin:10pt 0 4pt;break-after:avoid}
.sd-print table{border-collapse:collapse;width:100%;margin:4pt 0 8pt;font-size:10pt}
.sd-print th,.sd-print td{border:0.75pt solid #cfd6df;padding:3pt 6pt;text-align:left;vertical-align:top}
.sd-print th{background:#f1f4f8}
.sd-print tr{break-inside:avoid}
.sd-print ul{margin:2pt 0 6pt;padding-left:16pt}
.sd-print li.task{list-style:none;margin-left:-14pt}
.sd-print li.task.done{color:#4a5562}
.sd-print .box{font-size:12pt}
.sd-print .mark{font-weight:700}.sd-print .mark.ok{color:#2e9d5b}.sd-print .mark.bad{color:#e5484d}
.sd-print .charts{display:grid;grid-template-columns:1fr 1fr;gap:6pt;margin:8pt 0}
.sd-print figure{margin:0;break-inside:avoid;border:0.75pt solid #e3e8ee;border-radius:4pt;padding:4pt}
.sd-print figure img{width:100%;height:auto}
.sd-print figcaption{font-size:9pt;color:#6b7685}
.sd-print footer{margin-top:14pt;font-size:8.5pt;color:#8a95a5}
`;

/**
 * The debrief as printable HTML (an `<article>`; the page's print stylesheet or {@link
 * printableDocument} styles it): chart images, then the 复盘 with the learner's checklist.
 * Used for PDF (Electron's printToPDF prints the page) and the browser's print dialog.
 */
export function printableHtml(input: PrintableInput): string {
  const charts = input.charts ?? [];
  const figures = charts
    .map(
      (c) =>
        `<figure><img src="${escapeHtml(c.src)}" alt="${escapeHtml(c.title)}"><figcaption>${escapeHtml(c.title)}</figcaption></figure>`,
    )
    .join('');
  const body = markdownToHtml(input.markdown);
  const firstH2 = body.indexOf('<h2>');
  const withCharts =
    figures === '' || firstH2 < 0
      ? body
      : `${body.slice(0, firstH2)}<div class="charts">${figures}</div>${body.slice(firstH2)}`;
  const footer = `<footer>${escapeHtml(debriefTexts(input.lang).print.generated)}</footer>`;
  return `<article class="sd-print" lang="${input.lang}">${withCharts}${footer}</article>`;
}

/** A complete HTML document around {@link printableHtml}, for a print window or a file. */
export function printableDocument(input: PrintableInput, title: string): string {
  return `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>@page{size:A4;margin:14mm}body{margin:0}${PRINT_CSS}</style></head><body>${printableHtml(input)}</body></html>`;
}
