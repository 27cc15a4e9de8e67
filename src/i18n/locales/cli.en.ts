/** Texts of the headless command line (`npm run sim`, `npm run scenario:check`). */
export const cliEn = {
  header: 'ShopDojo · {{title}} ({{id}} v{{version}}) · seed {{seed}} · bots: {{bots}}',
  hash: 'World hash: {{hash}}',
  botsScenario: "the scenario's own levels",
  kpiTable: 'KPIs against the targets',
  colKpi: 'KPI',
  colActual: 'Actual',
  colTarget: 'Target',
  colResult: 'Result',
  otherKpis: 'Other KPIs',
  stars: 'Stars: {{stars}} ({{n}}/3)',
  roleScores: 'Role scores: {{scores}}',
  violations: 'SOP violations: {{n}}',
  usageSim:
    'Usage: npm run --silent sim -- <scenario.yaml> [--seed N] [--bots novice|competent|expert] [--learner human-paced|idle] [--lang zh-CN|en] [--json]',
  usageCheck: 'Usage: npm run --silent scenario:check -- <scenario.yaml> [more files…]',
  badOption: 'Unknown or malformed option: {{detail}}',
  badValue: 'Option --{{option}} must be one of {{allowed}}; got "{{value}}".',
  badSeed: 'Option --seed must be a whole number ≥ 0; got "{{value}}".',
  noFile: 'Give exactly one scenario file.',
  noFiles: 'Give at least one scenario file.',
  checkValid: 'schema and references: valid',
  checkInvalid: 'schema and references: {{n}} problem(s)',
  checkMachines: 'lifecycles: every state of {{machines}} is reachable; end states: {{ends}}',
  checkMachineBad: 'lifecycle "{{machine}}": unreachable state(s): {{states}}',
  checkExpert: 'seed {{seed}}: expert bots meet {{met}}/{{total}} targets, 3/3 stars',
  checkExpertStars:
    'seed {{seed}}: expert bots meet every target but earn {{stars}}/3 stars ({{verdict}}; SOP violations {{violations}}, {{max}} allowed) — nobody can earn three stars',
  checkExpertMissed: 'seed {{seed}}: expert bots miss {{targets}} — nobody can win this scenario',
  checkPace:
    "seed {{seed}}: a person playing {{role}} well ({{pace}} s per action) meets {{met}}/{{total}} of the role's targets: {{figures}}",
  checkPaceMissed:
    'seed {{seed}}: a person playing {{role}} well ({{pace}} s per action) misses {{targets}} — a person cannot win this drill',
  checkPaceNoTargets:
    'seed {{seed}}: {{role}} has no targets of its own; the human-pace check does not apply',
  checkIdle: 'seed {{seed}}: an idle learner misses {{targets}}',
  checkIdleWins:
    'seed {{seed}}: an idle {{role}} learner meets every target of the role — the targets do not measure the learner',
  learnerMode: {
    'human-paced': "a simulated person in the focus seat, at a person's pace; bots elsewhere",
    idle: 'an idle person in the focus seat; bots elsewhere',
  },
  checkNovice: 'seed {{seed}}: novice bots miss {{targets}}',
  checkNoviceWins: 'seed {{seed}}: novice bots meet every target — anybody can win this scenario',
  checkEndStates: 'order end states reached by the expert runs: {{states}}',
  checkSummary: '{{passed}} passed, {{failed}} failed',
  checkTypical: 'typical levels: every KPI of the competent bots is within its usual range',
  checkTypicalOff:
    'typical levels (warning): competent bots reach {{kpi}} {{value}}, usual range {{min}}–{{max}}; say why in the story and in typicalRanges, or recalibrate',
};
