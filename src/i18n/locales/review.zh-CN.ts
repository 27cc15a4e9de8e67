import type { reviewEn } from './review.en';

/** 复盘：标题、表头，以及复盘生成器可能写出的每一句话。参数由渲染器按读者语言填入。 */
export const reviewZh: typeof reviewEn = {
  title: '复盘：{{scenario}}',
  meta: '种子：{{seed}} · 复盘时间：{{time}} · {{stars}}',
  heading: {
    goals: '回顾目标',
    results: '评估结果',
    causes: '分析原因',
    lessons: '总结经验',
    actions: '改进清单',
  },
  goals: {
    intro: '本次演练要达成的目标：',
    relative: '{{target}}（基线 {{baseline}} × {{factor}}）',
    skuScope: '{{sku}}的{{kpi}}',
  },
  table: {
    kpi: '指标',
    target: '目标',
    actual: '实际',
    expert: '专家机器人',
    result: '结果',
    owner: '负责角色',
    role: '角色',
    score: '得分',
    violations: 'SOP 违规',
  },
  results: {
    expert: '专家机器人在相同场景和种子下：{{stars}}。',
    expertUnscored: '同样不评星（在你结束演练时停止）',
    roles: '角色得分',
    roleNote:
      '每个角色 0–100 分：本角色负责目标的达成程度，每次 SOP 违规扣 5 分。买家按找出的预设体验问题比例计分。',
  },
  causes: {
    intro: '依据事件日志说明原因：什么时候、多少次、哪个突发事件、哪条 SOP。',
    missed: '{{kpi}}：实际 {{actual}}，目标 {{target}}',
    sops: 'SOP 违规',
    none: '所有目标均已达成，没有违反任何 SOP。',
    noCause: '日志中没有单一事件能解释这一未达成。',
    fix: '改进：{{fix}}',
  },
  lessons: {
    keep: '保持',
    improve: '改进',
    noneKeep: '本次没有突出的亮点。',
    noneImprove: '无需改进：所有目标均已达成且没有 SOP 违规。',
  },
  actions: {
    intro: '具体行动，每项都有负责角色和对应的 SOP：',
    owner: '负责：{{role}}',
    sop: 'SOP：{{sop}}',
    tags: '（{{tags}}）',
    none: '本次没有改进项。',
  },
  cause: {
    ship_late: '{{count}} 个订单未按承诺时间发货；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    stockout_hold:
      '{{count}} 个订单拣货时遇到空货位（{{skus}}；同一订单重试只算一次）；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    no_restock: '{{skus}}在下补货单之前就已断货。',
    sold_out_end: '本局结束时{{skus}}已无可售库存，无法成交。',
    mispick: '拣错 {{count}} 件；最集中的 10 分钟是 {{window}}，共 {{peak}} 件。',
    oversold:
      '{{count}} 个订单超出实际库存卖出（{{skus}}）；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    slow_returns:
      '{{count}} 件退货从到仓到做出退款决定超过 {{limit}}（平均 {{avg}}）；最慢的是订单 {{order}}，用时 {{longest}}。',
    courier_delays:
      '{{count}} 个包裹在途延误或丢失，主要是{{courier}}；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    low_dsr:
      '{{count}} 条评价的{{axis}}只有 2 星或更低，主要集中在{{sku}}；最集中的 10 分钟是 {{window}}，共 {{peak}} 条。',
    slow_first_reply:
      '{{count}} 位顾客的首次回复等待超过 {{limit}}；最集中的 10 分钟是 {{window}}，共 {{peak}} 位；最长等待 {{longest}}（会话 {{ticket}}，{{topic}}）。',
    abandoned: '{{count}} 位顾客在无人应答时离开；最集中的 10 分钟是 {{window}}，共 {{peak}} 位。',
    escalations:
      '{{count}} 个会话被升级而非当场解决；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    unsolved: '{{count}} 个会话结束时问题未解决；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    open_tickets:
      '本局结束时仍未结束的会话有 {{count}} 个；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    disputes: '{{count}} 位买家发起了平台纠纷；最集中的 10 分钟是 {{window}}，共 {{peak}} 位。',
    low_ratings: '{{count}} 个会话被评为 1–2 星；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    presale_lost:
      '{{total}} 位售前咨询顾客中有 {{count}} 位没有下单，其中 {{slow}} 位等待超过一分钟或中途离开；最集中的 10 分钟是 {{window}}，共 {{peak}} 位。',
    aftersale_reasons:
      '共 {{count}} 个售后申请，主要原因：{{reasons}}；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    auto_approved:
      '{{count}} 个售后申请未及时处理，被平台自动同意；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    refunds:
      '{{count}} 笔退款共退回 {{amount}}（占成交金额 {{share}}）；最集中的 10 分钟是 {{window}}，共 {{peak}} 笔。',
    bad_reviews:
      '{{count}} 条差评（1–2 星），主要集中在{{sku}}；最集中的 10 分钟是 {{window}}，共 {{peak}} 条；已回访 {{followed}} 条。',
    price_raised: '{{sku}}：{{time}} 价格调高到 {{price}}，比原价高 {{pct}}。',
    below_cost: '{{sku}}：从 {{time}} 起以 {{price}} 出售，低于成本 {{cost}}。',
    deep_discount: '{{sku}}：{{time}} 折后价降到 {{price}}，比原价低 {{pct}}。',
    weak_listing: '{{sku}}：{{aspects}}质量差，且一直没有优化。',
    abandoned_orders:
      '{{count}} 个订单下单后未付款；最集中的 10 分钟是 {{window}}，共 {{peak}} 个。',
    ad_efficiency: '推广花费 {{spend}}，带来成交 {{adGmv}}：投产比 {{roas}}。',
    ads_off: '推广没有带来流量：本局推广花费 {{spend}}。',
    compensation:
      '{{count}} 笔补偿共花费 {{amount}}；最集中的 10 分钟是 {{window}}，共 {{peak}} 笔。',
    sop_violations:
      'SOP“{{sop}}”的规则“{{rule}}”被{{role}}违反 {{count}} 次；最集中的 10 分钟是 {{window}}，共 {{peak}} 次。',
    generic: '{{kpi}}最终为 {{actual}}，目标 {{target}}。',
    same_as: '上文“{{where}}”一节已列出的原因（{{label}}）同样影响了{{kpi}}。',
    unexplained:
      '{{kpi}}最终为 {{actual}}，目标 {{target}}；在同一种子上重放的 {{tried}} 种改变中，没有一种能单独补上十分之一的差距：差距来自许多小问题。',
    understaffed_support:
      '人手不足：最忙的一小时 {{window}} 有 {{load}} 个新会话，只有 {{staff}} 名客服，人均 {{perHead}} 个；一个人每小时能处理好的约 {{cap}} 个。',
    understaffed_warehouse:
      '人手不足：最忙的一小时 {{window}} 有 {{load}} 个付款订单，只有 {{staff}} 名拣货员，人均 {{perHead}} 单；一个人每小时能拣完并打包约 {{cap}} 单。',
    pickup_gap:
      '揽收时间与发货承诺不匹配：{{late}} 个超时订单中有 {{count}} 个在承诺时限前已打包，但下一次揽收（{{pickups}}）晚于承诺时限（承诺 {{hours}} 小时发货）。',
  },
  label: {
    ship_late: '发货超时',
    stockout_hold: '拣货缺货',
    no_restock: '补货不及时',
    sold_out_end: '商品售罄',
    mispick: '拣错货',
    oversold: '超卖',
    slow_returns: '退货验收慢',
    courier_delays: '快递延误',
    low_dsr: '评价低分',
    slow_first_reply: '首响慢',
    abandoned: '顾客无人应答',
    escalations: '会话升级',
    unsolved: '问题未解决',
    open_tickets: '会话未闭环',
    disputes: '平台纠纷',
    low_ratings: '会话低评分',
    presale_lost: '售前咨询流失',
    aftersale_reasons: '售后申请',
    auto_approved: '售后未及时处理',
    refunds: '退款',
    bad_reviews: '差评',
    price_raised: '涨价',
    below_cost: '低于成本销售',
    deep_discount: '大幅折扣',
    weak_listing: '商品详情质量差',
    abandoned_orders: '未付款订单',
    ad_efficiency: '推广效率',
    ads_off: '没有推广流量',
    compensation: '补偿',
    sop_violations: 'SOP 违规',
    generic: '无单一原因',
    unexplained: '无单一改变能解释',
    understaffed: '人手不足',
    pickup_gap: '揽收与承诺不匹配',
  },
  evidence: {
    incident: '突发事件：{{incident}}（{{id}}），{{window}}。',
    sop: 'SOP“{{sop}}”的规则“{{rule}}”：本局{{role}}共违反 {{count}} 次，首次在 {{time}}。',
    paid_window: '超时订单大多在 {{window}} 付款（{{count}} 个中的 {{peak}} 个）。',
    orders: '例如订单 {{ids}}。',
    tickets: '例如会话 {{ids}}。',
    refs: '涉及：{{ids}}。',
    busiest_hour: '新会话最多的一小时是 {{window}}：{{count}} 个会话，{{agents}} 名客服在岗。',
    stock_timeline:
      '{{sku}}：{{first}} 首次空货位；上报缺货：{{reported}}；下补货单：{{restocked}}。',
    caught: '复核扫描在打包前又拦下了 {{count}} 件拣错的商品。',
    unverified: '{{count}} 个订单打包时没有复核扫描。',
    cycle_count: '{{sku}}：最近一次盘点在 {{time}}。',
    no_cycle_count: '{{sku}}：首个超卖订单之前没有盘点。',
    returns_pending: '本局结束时还有 {{count}} 件退货等待验收。',
    rejected_before: '此前有 {{count}} 个售后申请被拒绝。',
    low_rating_slow: '低评分会话中有 {{count}} 个首次回复等待超过 {{limit}}。',
    budget_change: '{{time}} 将{{channel}}预算设为每小时 {{amount}}。',
    late_compensation: '其中 {{count}} 笔（{{amount}}）是延迟发货的自动补偿。',
    reason_count: '{{reason}} / {{type}}：{{count}}',
    not_done: '未执行',
  },
  fix: {
    surge_capacity: '在 {{window}} 这样的流量高峰前，安排额外的拣货波次，并在每次揽收前交接包裹。',
    outage_plan: '面单系统故障期间继续拣货和打包，系统恢复后立即打印，并告知客服哪些订单会延迟。',
    ship_before_cutoff: '按付款先后处理拣货队列，在快递截单前交接所有已打包的包裹。',
    report_stockout: '货位一空就立即上报缺货，让店铺停止售卖该商品。',
    reorder_early: '在{{skus}}还剩一天销量的库存时就补货，不要等到断货。',
    verify_scan: '打包前必须复核扫描。',
    stock_sync: '推广{{skus}}之前先盘点货位，并与可售库存核对。',
    inspect_daily: '退货包裹到仓当天就签收并验收。',
    courier_choice: '{{courier}}延误时，把新包裹改走更可靠的快递，并提前告知买家。',
    queue_first: '优先回复等待最久的顾客，每个首次回复都控制在 {{limit}}以内。',
    greet_quickly: '一分钟内先发问候语，不让任何顾客无人应答。',
    solve_first_contact: '在第一次会话中解决问题；只有超出权限的才升级。',
    close_loop: '每个会话都要闭环：解决问题、标记已解决，交班前移交未结束的会话。',
    reject_with_evidence: '只有在有证据（验货结果、物流记录）时才拒绝售后申请，并给出替代方案。',
    presale_answer: '优先回复售前咨询：这些顾客马上就要下单。',
    answer_aftersale: '在平台时限之前尽早处理每一个售后申请。',
    follow_up_reviews: '在 SOP 规定时间内礼貌回访每一条差评，并把原因转给负责的团队。',
    quality_check: '{{sku}}的质量投诉一旦集中出现，立即封存并抽检库存；检查完成前暂停发货。',
    inspect_before_refund: '退款前先核对物流记录并验收退回的包裹。',
    size_chart: '为{{sku}}补充或优化尺码表，减少尺码不合适的退货。',
    logistics_lookup: '回复“未收到货”之前先查物流；包裹丢失时拦截或补发。',
    listing_accuracy: '让{{sku}}的商品页与实物一致（图片、详情页）。',
    price_check: '{{sku}}的每次改价都由第二个人复核；不得低于 SOP 规定的毛利底线。',
    improve_listing: '优化{{sku}}的{{aspects}}。',
    checkout_outage: '下单支付系统故障期间暂停付费流量，并告知等待的买家何时可以付款。',
    ad_budget: '每小时查看各渠道投产比；把预算移到转化好的渠道，其余渠道设上限。',
    add_traffic: '按目标规划流量：为高峰时段设置推广预算。',
    margin_guard: '补偿和优惠券不超出权限，发放前先算毛利。',
    sop_retrain:
      '{{role}}主管在下次演练前带{{role}}按 SOP“{{sop}}”把规则“{{rule}}”演练一遍（本局违反 {{count}} 次），下一局开场 30 分钟内抽查这条规则。',
    generic: '下次演练为{{kpi}}设置中途检查点，并约定由谁负责跟进。',
    add_seat_support:
      '运营在下次演练前为 {{window}} 加排一名客服（或调整班次覆盖这段时间），让每人每小时不超过 {{cap}} 个会话；以排班表为准检查。',
    add_seat_warehouse:
      '运营在下次演练前为 {{window}} 加排一名拣货打包员（或调整班次），让每人每小时不超过 {{cap}} 单；以排班表为准检查。',
    book_pickup:
      '仓储在下次演练前与快递约定在每个承诺时限前加一班揽收（或由运营把 {{hours}} 小时的发货承诺改为揽收能守住的时长）。',
  },
  lesson: {
    keep_target: '{{kpi}}：{{actual}}，优于目标 {{target}}，余量充足。',
    keep_tight: '{{kpi}}：{{actual}}，达到目标 {{target}}，但余量很小。',
    keep_sop: 'SOP“{{sop}}”（{{role}}）全程执行，没有一次违规。',
    keep_expert: '{{kpi}}：{{actual}}，与专家机器人（{{expert}}）一样好。',
    improve_target: '{{kpi}}：{{actual}}，未达成目标 {{target}}；主要原因：{{cause}}。',
    improve_sop: 'SOP“{{sop}}”被违反 {{count}} 次。',
    improve_expert: '{{kpi}}：专家机器人达到 {{expert}}，本局为 {{actual}}。',
    sop_unexercised: 'SOP“{{sop}}”（{{role}}）本局没有被执行过：没有违规，也谈不上做到。',
    sop_silent_support:
      'SOP“{{sop}}”（{{role}}）：虽然没有触发规则，但有 {{count}} 位顾客无人应答，不能算执行到位。',
    sop_silent_warehouse:
      'SOP“{{sop}}”（{{role}}）：虽然没有触发规则，但有 {{count}} 个订单超时发货，不能算执行到位。',
  },
  whatif: {
    expert: '若{{action}}，{{kpi}}可从 {{from}} {{dir}} {{to}}（补上差距的 {{share}}%）。',
    incident:
      '若没有{{incident}}（{{id}}），{{kpi}}可从 {{from}} {{dir}} {{to}}（补上差距的 {{share}}%）。',
    staff:
      '若{{role}}多一人在岗（水平相同），{{kpi}}可从 {{from}} {{dir}} {{to}}（补上差距的 {{share}}%）。',
    commands:
      '若{{role}}不做{{cls}}，{{kpi}}可从 {{from}} {{dir}} {{to}}（补上差距的 {{share}}%）。',
    commands_on_time:
      '若{{role}}按时完成{{cls}}（其余照原样），{{kpi}}可从 {{from}} {{dir}} {{to}}（补上差距的 {{share}}%）。',
    pickups: '若这些包裹按时揽收，{{kpi}}可从 {{from}} {{dir}} {{to}}（补上差距的 {{share}}%）。',
  },
  whatif_dir: { up: '升至', down: '降至' },
  whatif_action: {
    role: '{{role}}岗位按专家机器人的做法执行',
    ship_late: '按时拣货并赶在快递揽收前交接',
    stockout_hold: '货位一空就上报缺货并及时补货',
    oversold: '及时盘点并在超卖前停售',
    slow_first_reply: '每位顾客都及时得到首次回复',
    abandoned: '不让任何顾客无人应答',
    mispick: '每次拣货都扫码复核',
    slow_returns: '退货当天到货当天验收',
    bad_reviews: '每条差评都按时回访',
    disputes: '在买家投诉平台前用证据答复申请',
    auto_approved: '每个售后申请都在平台时限前处理',
    unsolved: '首次会话就解决问题',
  },
  command_class: {
    discounts: '降价和折扣',
    coupons: '店铺优惠券',
    goodwill: '安抚券和补偿',
    ads: '推广预算调整',
    approvals: '售后同意',
    chats: '会话接待（回复、查询与结案）',
    shipping: '拣货、打包和交接',
    stock: '缺货上报和盘点',
  },
  harm: {
    profit: '{{kpi}}虽然达成，但店铺亏损（净利润 {{profit}}）：以这个代价换来的目标不算成绩。',
    margin:
      '{{kpi}}达成时毛利率只有 {{margin}}（专家机器人 {{expert}}，净利润 {{profit}}）：目标是靠折扣买来的，不予表扬。',
    fraud:
      '{{kpi}}是靠同意 {{total}} 个恶意退款申请中的 {{approved}} 个达成的：干净的数字是用虚假退款换来的，不予表扬。',
    refunds:
      '{{kpi}}达成时退款率为 {{rate}}（专家机器人 {{expert}}）：满意度是用退款换来的，不予表扬。',
  },
  story: {
    premise: '本局情境：{{story}}',
    incident: '{{incident}}（{{id}}），{{window}}：{{effect}}；重放未显示它影响未达成的目标。',
    incident_untested: '{{incident}}（{{id}}），{{window}}：{{effect}}；本次未单独重放检验。',
    incident_proven:
      '{{incident}}（{{id}}），{{window}}：{{effect}}；去掉它的重放表明它影响了未达成的目标（见原因分析）。',
    effects: '{{items}}',
    claims: '由它引发的售后申请 {{count}} 个',
    oversold: '超卖订单 {{count}} 个',
    delayed: '延误或丢失的包裹 {{count}} 个',
    bad: '差评 {{count}} 条',
    chats: '期间新会话 {{count}} 个',
    aftersales: '本局售后申请 {{count}} 个，主要是{{reasons}}。',
    reason: '{{reason}}（{{count}} 个）',
  },
  proof: {
    heading: '本局经过',
    replays: '原因经过同一种子的 {{n}} 次反事实重放检验；只列出确实影响指标的原因。',
    harms: '用错误方式达成的目标',
    check: '验收：{{check}}',
    checkViolations: '验收：下一局不再违反这条规则',
  },
  score: {
    learner:
      '你的成绩（{{roles}}）：{{stars}}。你负责的 {{total}} 个目标中达成 {{met}} 个；你的 SOP 违规 {{violations}} 次（允许 {{max}} 次）。',
    steps:
      '你的成绩（{{roles}}）：{{stars}}。本场景没有你这个角色的目标，按引导步骤计：{{total}} 步中完成 {{done}} 步；你的 SOP 违规 {{violations}} 次（允许 {{max}} 次）。',
    team: '团队成绩（所有席位，含机器人）：{{total}} 个目标中达成 {{met}} 个；SOP 违规 {{violations}} 次（允许 {{max}} 次）。',
    unjudged: {
      idle: '演练期间你作为{{roles}}没有执行任何操作——挂机不得分。',
      too_short: '演练时长不足，无法评分：只进行了 {{played}}（共 {{length}}，至少需要一半）。',
      before_deadline:
        '演练时长不足，无法评分：演练在 {{at}} 结束，早于{{kpis}}所依赖的第一个截止时间（{{deadline}}）。',
      no_data: '演练时长不足，无法评分：{{kpis}}还没有可衡量的数据。',
      no_targets: '本场景没有你这个角色（{{roles}}）的目标——请看团队成绩。',
    },
    sameStretch: '按同一时段对比：专家机器人也在 {{at}}（你结束演练的时间）停止。',
    unscored: '你的成绩（{{roles}}）：不评星。',
  },
};
