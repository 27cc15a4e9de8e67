import { classEn } from './class.en';
import { cliEn } from './cli.en';
import { uiClaimsEn } from './ui-claims.en';
import { commonEn } from './common.en';
import { kpiEn } from './kpi.en';
import { rejectEn } from './reject.en';
import { reviewEn } from './review.en';
import { rolesEn } from './roles.en';
import { uiAppEn } from './ui-app.en';
import { uiDebriefEn } from './ui-debrief.en';
import { uiMapEn } from './ui-map.en';
import { uiStationsEn } from './ui-stations.en';

/**
 * English texts, one section per file. `zh-CN.ts` must have exactly the same keys (its type
 * is derived from this object), so a missing translation fails to compile.
 */
export const en = {
  reject: rejectEn,
  kpi: kpiEn,
  roles: rolesEn,
  review: reviewEn,
  common: commonEn,
  cli: cliEn,
  app: uiAppEn,
  stations: uiStationsEn,
  debrief: uiDebriefEn,
  map: uiMapEn,
  claim: uiClaimsEn,
  class: classEn,
};

/** The shape every locale must have. */
export type Messages = typeof en;
