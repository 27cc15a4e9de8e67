import type { Messages } from './en';

/** 命令行文本。 */
export const cliZh: Messages['cli'] = {
  header: '电商运营道场 · {{title}}（{{id}} v{{version}}）· 种子 {{seed}} · 机器人：{{bots}}',
  hash: '世界哈希：{{hash}}',
  botsScenario: '场景默认等级',
  kpiTable: '指标与目标对照',
  colKpi: '指标',
  colActual: '实际',
  colTarget: '目标',
  colResult: '结果',
  otherKpis: '其他指标',
  stars: '星级：{{stars}}（{{n}}/3）',
  roleScores: '岗位得分：{{scores}}',
  violations: 'SOP 违规：{{n}} 次',
  usageSim:
    '用法：npm run --silent sim -- <场景.yaml> [--seed 数字] [--bots novice|competent|expert] [--learner human-paced|idle] [--lang zh-CN|en] [--json]',
  usageCheck: '用法：npm run --silent scenario:check -- <场景.yaml> [更多文件…]',
  badOption: '未知或格式错误的选项：{{detail}}',
  badValue: '选项 --{{option}} 只能是 {{allowed}} 之一；收到的是“{{value}}”。',
  badSeed: '选项 --seed 必须是 ≥ 0 的整数；收到的是“{{value}}”。',
  noFile: '请只给出一个场景文件。',
  noFiles: '请至少给出一个场景文件。',
  checkValid: '结构与引用：有效',
  checkInvalid: '结构与引用：{{n}} 个问题',
  checkMachines: '生命周期：{{machines}} 的每个状态均可达；终态：{{ends}}',
  checkMachineBad: '生命周期“{{machine}}”：不可达状态：{{states}}',
  checkExpert: '种子 {{seed}}：专家机器人达成 {{met}}/{{total}} 个目标，3/3 星',
  checkExpertStars:
    '种子 {{seed}}：专家机器人达成全部目标，却只得 {{stars}}/3 星（{{verdict}}；SOP 违规 {{violations}} 次，允许 {{max}} 次）——没人能拿到三星',
  checkExpertMissed: '种子 {{seed}}：专家机器人未达成 {{targets}}——这个场景没人能赢',
  checkPace:
    '种子 {{seed}}：按人的节奏（每步 {{pace}} 秒）玩好{{role}}，达成本岗位 {{met}}/{{total}} 个目标：{{figures}}',
  checkPaceMissed:
    '种子 {{seed}}：按人的节奏（每步 {{pace}} 秒）玩好{{role}}仍未达成 {{targets}}——真人赢不了这个演练',
  checkPaceNoTargets: '种子 {{seed}}：{{role}}没有自己的目标，不做人速检查',
  checkIdle: '种子 {{seed}}：挂机的学员未达成 {{targets}}',
  checkIdleWins: '种子 {{seed}}：挂机的{{role}}学员也达成了本岗位全部目标——这些目标衡量不了学员',
  learnerMode: {
    'human-paced': '焦点岗位由按人的节奏操作的模拟学员担任，其余为机器人',
    idle: '焦点岗位由挂机的模拟学员担任，其余为机器人',
  },
  checkNovice: '种子 {{seed}}：新手机器人未达成 {{targets}}',
  checkNoviceWins: '种子 {{seed}}：新手机器人达成了全部目标——这个场景谁都能赢',
  checkEndStates: '专家运行中订单到达的终态：{{states}}',
  checkSummary: '{{passed}} 个通过，{{failed}} 个失败',
  checkTypical: '典型水平：胜任机器人的各项指标都在常见范围内',
  checkTypicalOff:
    '典型水平（警告）：胜任机器人的{{kpi}}为 {{value}}，常见范围 {{min}}–{{max}}；请在剧情和 typicalRanges 中说明原因，或重新校准',
};
