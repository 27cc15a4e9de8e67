import { classZh } from './class.zh-CN';
import { cliZh } from './cli.zh-CN';
import { uiClaimsZh } from './ui-claims.zh-CN';
import { commonZh } from './common.zh-CN';
import type { Messages } from './en';
import { kpiZh } from './kpi.zh-CN';
import { rejectZh } from './reject.zh-CN';
import { reviewZh } from './review.zh-CN';
import { rolesZh } from './roles.zh-CN';
import { uiAppZh } from './ui-app.zh-CN';
import { uiDebriefZh } from './ui-debrief.zh-CN';
import { uiMapZh } from './ui-map.zh-CN';
import { uiStationsZh } from './ui-stations.zh-CN';

/** 简体中文文本，按文件分节；键与 en.ts 完全一致（类型检查保证）。 */
export const zhCN: Messages = {
  reject: rejectZh,
  kpi: kpiZh,
  roles: rolesZh,
  review: reviewZh,
  common: commonZh,
  cli: cliZh,
  app: uiAppZh,
  stations: uiStationsZh,
  debrief: uiDebriefZh,
  map: uiMapZh,
  claim: uiClaimsZh,
  class: classZh,
};
