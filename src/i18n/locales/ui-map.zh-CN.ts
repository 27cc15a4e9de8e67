import type { uiMapEn } from './ui-map.en';

/** 店铺地图（Phaser 游戏画面）的文本。 */
export const uiMapZh: typeof uiMapEn = {
  title: '店铺全景',
  station: {
    storefront: '店铺前台',
    support: '客服台',
    ops: '运营室',
    warehouse: '仓库',
    dock: '快递揽收区',
    returns: '退货区',
  },
  lane: {
    checkout: '待付款',
    paid: '已付款·待拣',
    pick: '拣货',
    pack: '打包',
    label: '贴单',
    dock: '待揽收',
    road: '运输中',
    aftersales: '售后',
    returns: '退货',
  },
  stat: {
    uv: '访客 {{n}}',
    paidOrders: '支付订单 {{n}}',
    gmv: '成交 ¥{{n}}',
    campaigns: '进行中活动 {{n}}',
    tickets: '待处理会话 {{n}}',
    aftersales: '售后申请 {{n}}',
    lowStock: '低库存SKU {{n}}',
    inTransit: '运输中 {{n}}',
  },
  chart: '每分钟订单',
  bot: '机器人 · {{level}}',
  you: '你',
  mate: '队友',
  more: '+{{n}}',
  alert: '{{name}}',
};
