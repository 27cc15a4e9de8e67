import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KPI_IDS } from '../../src/sim/ids';
import { chromiumAvailable, launch, shot } from './harness';
import { servedWeb } from './web-build';
import { download, newProfile, pause, playToDebrief, startTutorial, tid, type Lang } from './steps';

/** What the learner should find in the files, written out here rather than read from the app. */
const EXPECTED = {
  'zh-CN': {
    name: '运营小周',
    file: 'shopdojo-复盘-tutorial-one-order-种子1',
    header: '指标ID,指标,实际值,实际（显示）,比较,目标值,目标（显示）,结果,专家机器人',
    met: '达成',
    stars: '星级',
    headings: ['回顾目标', '评估结果', '分析原因', '总结经验', '改进清单'],
    title: '新手入门·一单到底',
  },
  en: {
    name: 'Sam',
    file: 'shopdojo-debrief-tutorial-one-order-seed1',
    header: 'kpi_id,KPI,actual,actual (shown),op,target,target (shown),result,expert bots',
    met: 'met',
    stars: 'stars',
    headings: [
      'Review the goals',
      'Assess the results',
      'Analyse the causes',
      'Sum up the lessons',
      'Improvement checklist',
    ],
    title: 'Getting started: one order end to end',
  },
} as const;

/** The tutorial's three targets as the CSV writes them: op and raw value. */
const TARGETS: Record<string, [string, string]> = {
  first_response_avg_s: ['<=', '45'],
  on_time_ship_rate: ['>=', '1'],
  csat: ['>=', '4'],
};

/** The quickest full run: operations reads the funnel, orders the size chart, plays on at 4×. */
async function quickOpsRun(page: Page) {
  await startTutorial(page, 'ops');
  await pause(page);
  await page.click(tid('read-funnel'));
  await page.waitForSelector(tid('funnel'));
  await page.click(tid('ops-tab-products'));
  await page.click(tid('improve-cotton-tee-size_chart'));
  await playToDebrief(page);
}

describe.skipIf(!chromiumAvailable())('debrief exports (web build, Chromium)', () => {
  const server = servedWeb();

  for (const lang of ['zh-CN', 'en'] as const satisfies readonly Lang[]) {
    const x = EXPECTED[lang];
    it(`exports the debrief as CSV (BOM, one row per KPI) and Markdown (${lang})`, async () => {
      const browser = await launch({ locale: lang });
      const { page } = browser;
      try {
        await newProfile(page, server.url, lang, x.name, 512);
        await quickOpsRun(page);

        // CSV: UTF-8 with a BOM, the KPI table first (header in the reader's language).
        const csv = await download(page, 'debrief-export-csv');
        expect(csv.name).toBe(`${x.file}.csv`);
        expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
        const [kpiTable = '', , meta = ''] = text.split('\r\n\r\n');
        const [header, ...rows] = kpiTable.split('\r\n');
        expect(header).toBe(x.header);
        const table = Papa.parse<string[]>(rows.join('\r\n')).data;
        expect(table.map((r) => r[0])).toEqual([...KPI_IDS]);
        for (const r of table) expect(r).toHaveLength(9);
        for (const [kpi, [op, value]] of Object.entries(TARGETS)) {
          const r = table.find((row) => row[0] === kpi);
          expect(r?.slice(4, 6)).toEqual([op, value]);
          expect(r?.[7]).toBe(x.met);
        }
        expect(meta).toContain(`${x.stars},3`);
        await page.waitForSelector(tid('debrief-notice'));
        await shot(page, `exports-${lang}-debrief`);

        // Markdown: the title, the four 复盘 steps in order, then the 改进清单.
        const md = await download(page, 'debrief-export-markdown');
        expect(md.name).toBe(`${x.file}.md`);
        const doc = md.bytes.toString('utf8');
        expect(doc.startsWith(`# `)).toBe(true);
        expect(doc.split('\n')[0]).toContain(x.title);
        const headings = doc.split('\n').filter((l) => l.startsWith('## '));
        expect(headings.slice(0, 5)).toEqual(x.headings.map((h) => `## ${h}`));
        expect(browser.errors).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 90_000);
  }
});
