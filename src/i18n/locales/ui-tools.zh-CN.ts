import type { uiToolsEn } from './ui-tools.en';

/** 工作台工具：跳过、快捷键、教学速度、一键答复。 */
export const uiToolsZh: typeof uiToolsEn = {
  answerResolve: '答复并结束：{{reply}}',
  answerResolveHint: '一键发送“{{reply}}”并结束会话（会话仍在排队时先接待）。',
  skip: {
    tutorial: '在下一步能进行之前，没有需要你做的事：不必干等，直接跳过去。',
    label: '跳到下一件需要你的事',
    running: '快进中…（点击停止）',
    cancelHint: '在这里停止快进',
    waiting: '{{n}} 件待办',
    busyHint: '还有 {{n}} 件事等你处理，先处理完再跳过。',
    hint: {
      support: '快进，直到有新会话、售后申请或差评分到你这里。',
      warehouse: '快进，直到拣货单上有订单（班内）、出库队列有包裹或有退货到仓。',
      buyer: '快进，直到你的订单需要你（付款、确认收货、评价）或客服回复了你。',
      ops: '快进到下一个整点的漏斗数据；若详情页优化完成、补货到仓或断货、或发生突发事件，会提前停下。',
    },
  },
  keys: {
    title: '键盘快捷键',
    everywhere: '全局',
    station: '{{role}}工作台',
    pause: '暂停 / 继续',
    speed: '速度 1× / 2× / 4×',
    skip: '跳到下一件需要你的事',
    help: '显示本列表',
    nextChat: '队列中的下一个会话',
    prevChat: '上一个会话',
    pickUp: '接待当前会话',
    answerResolve: '用该话题的答复回复当前会话并结束',
    lookupOrder: '查询会话关联的订单',
    resolve: '结束当前会话',
    wave: '拣最紧急的一个波次（最多 200 单，对应货位）',
    pack: '扫码复核并打包已拣订单（最多 200 单）',
    label: '为已打包订单打印面单（最多 500 单），选最早揽收的快递',
    handover: '把已贴面单的包裹交接给快递（最多 500 单）',
    readFunnel: '查看漏斗（漏斗标签页）',
  },
  teaching: {
    setting: '教学速度（新手）',
    settingHint: '当你的屏幕上打开了会话或售后申请时，时钟按所选速度的四分之一运行。',
    on: '教学速度',
    slowed: '教学速度：决策中 ¼',
    hint: '教学速度已开启：打开会话或售后申请时，时钟放慢到四分之一。',
  },
};
