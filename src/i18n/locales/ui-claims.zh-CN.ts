import type { Messages } from './en';

/** 售后申请与退货包裹上的凭证，按店铺员工所见。 */
export const uiClaimsZh: Messages['claim'] = {
  says: '买家称',
  photos: '凭证图片',
  statement: {
    defect: '商品有质量问题',
    wrong_item: '发错货',
    size: '尺码不合适',
    no_reason: '七天无理由退货',
    not_received: '没有收到包裹',
    empty_parcel: '收到的是空包裹',
  },
  photo: {
    fault_clear: '故障部位清晰的近照',
    fault_unclear: '照片模糊，看不清故障',
    listing_photo: '与本店详情页主图相同的图片',
    empty_box: '一只空纸箱',
    item_shown: '收到的商品实物',
    none: '未上传图片',
  },
  lookHint: '先核实再判断：查订单（买家记录）、查物流（谁签收的）。',
  buyer: '买家记录',
  buyerRecord: '{{orders}} 单 · 售后 {{claims}} 次 · 退款 {{refunds}} 次',
  trace: '物流轨迹',
  traceStatus: {
    not_shipped: '未发货',
    in_transit: '运输中',
    lost: '快递丢件',
    delivered: '已签收',
  },
  signedBy: {
    in_person: '本人签收',
    locker: '放入快递柜',
    front_desk: '前台/门卫代收',
  },
  deliveredAt: '{{at}} 签收',
  notShippedNoTrace: '尚未发货，没有物流轨迹。',
  openParcel: '开箱查验',
  opening: '正在开箱…',
  condition: '箱内实物',
  conditionOf: {
    good: '完好，可二次销售',
    used: '有使用痕迹',
    defective: '有故障',
    empty: '空包裹，没有商品',
  },
  unopened: '尚未开箱：先开箱看清退回了什么，或直接判定。',
};
