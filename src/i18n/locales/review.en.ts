/**
 * The 复盘 (after-action review): headings, table captions, and every sentence the review
 * generator can produce. Parameters are filled in by the renderer in the reader's language.
 */
export const reviewEn = {
  title: 'Review: {{scenario}}',
  meta: 'Seed {{seed}} · reviewed at {{time}} · {{stars}}',
  heading: {
    goals: 'Review the goals',
    results: 'Assess the results',
    causes: 'Analyse the causes',
    lessons: 'Sum up the lessons',
    actions: 'Improvement checklist',
  },
  goals: {
    intro: 'What this drill set out to achieve:',
    relative: '{{target}} ({{factor}} × baseline {{baseline}})',
    skuScope: '{{kpi}} of {{sku}}',
  },
  table: {
    kpi: 'KPI',
    target: 'Target',
    actual: 'Actual',
    expert: 'Expert bots',
    result: 'Result',
    owner: 'Owner',
    role: 'Role',
    score: 'Score',
    violations: 'SOP violations',
  },
  results: {
    expert: 'Expert bots on the same scenario and seed: {{stars}}.',
    expertUnscored: 'not scored either, stopped where your drill ended',
    roles: 'Role scores',
    roleNote:
      'Each role scores 0–100: how close its own targets came, minus 5 per SOP violation. The buyer scores the share of planted frictions found.',
  },
  causes: {
    intro: 'Why, from the event log: when, how many, which incident, which SOP.',
    missed: '{{kpi}}: {{actual}} against a target of {{target}}',
    sops: 'SOP violations',
    none: 'Every target was met and no SOP was broken.',
    noCause: 'No single event in the log explains this miss.',
    fix: 'What to change: {{fix}}',
  },
  lessons: {
    keep: 'Keep',
    improve: 'Improve',
    noneKeep: 'Nothing stood out as a strength this time.',
    noneImprove: 'Nothing to improve: every target was met without SOP violations.',
  },
  actions: {
    intro: 'Concrete actions, each with its owner and the SOP it changes:',
    owner: 'owner: {{role}}',
    sop: 'SOP: {{sop}}',
    tags: ' ({{tags}})',
    none: 'No actions this time.',
  },
  /**
   * When a cause's bad events happened: their busiest 10 minutes, or how they were spread. One
   * text per counting unit, as Chinese counts with a measure word (个, 位, 件…).
   */
  when: {
    peak: {
      cases: '; the worst 10 minutes were {{window}} ({{peak}})',
      people: '; the worst 10 minutes were {{window}} ({{peak}})',
      items: '; the worst 10 minutes were {{window}} ({{peak}})',
      reviews: '; the worst 10 minutes were {{window}} ({{peak}})',
      payments: '; the worst 10 minutes were {{window}} ({{peak}})',
      times: '; the worst 10 minutes were {{window}} ({{peak}})',
    },
    spread: {
      cases: ', spread from {{from}} to {{to}}, never two in the same 10 minutes',
      people: ', spread from {{from}} to {{to}}, never two in the same 10 minutes',
      items: ', spread from {{from}} to {{to}}, never two in the same 10 minutes',
      reviews: ', spread from {{from}} to {{to}}, never two in the same 10 minutes',
      payments: ', spread from {{from}} to {{to}}, never two in the same 10 minutes',
      times: ', spread from {{from}} to {{to}}, never two in the same 10 minutes',
    },
    once: ', at {{time}}',
  },
  cause: {
    ship_late: 'Orders shipped late (past their ship-by promise): {{count}}{{when}}.',
    stockout_hold:
      'Orders whose pick found an empty shelf: {{count}} ({{skus}}; retries of the same order counted once){{when}}.',
    no_restock: 'Stock of {{skus}} ran out before a restock was ordered.',
    sold_out_end: '{{skus}} could not be sold at the end of the run: no sellable stock.',
    mispick: 'Wrong items picked: {{count}}{{when}}.',
    oversold: 'Orders sold beyond real stock: {{count}} ({{skus}}){{when}}.',
    slow_returns:
      'Returns that took longer than {{limit}} from arrival to a refund decision: {{count}} (average {{avg}}); the slowest was order {{order}} at {{longest}}.',
    courier_delays: 'Parcels delayed or lost in transit: {{count}}, most with {{courier}}{{when}}.',
    low_dsr: 'Reviews giving "{{axis}}" 2 stars or fewer: {{count}}, most on {{sku}}{{when}}.',
    slow_first_reply:
      'Customers who waited longer than {{limit}} for a first reply: {{count}}{{when}}; the longest wait was {{longest}} (conversation {{ticket}}, {{topic}}).',
    abandoned: 'Customers who gave up before anyone answered: {{count}}{{when}}.',
    escalations: 'Conversations escalated instead of solved: {{count}}{{when}}.',
    unsolved: 'Conversations that ended without a solution: {{count}}{{when}}.',
    open_tickets: 'Conversations still open at the end of the run: {{count}}{{when}}.',
    disputes: 'Platform disputes opened by buyers: {{count}}{{when}}.',
    low_ratings: 'Conversations rated 1–2 stars: {{count}}{{when}}.',
    presale_lost:
      'Pre-sale chatters who did not buy: {{count}} of {{total}} ({{slow}} of them waited over a minute or gave up){{when}}.',
    aftersale_reasons: 'After-sales requests: {{count}}, mostly {{reasons}}{{when}}.',
    auto_approved:
      'After-sales requests the platform approved because nobody answered in time: {{count}}{{when}}.',
    refunds: 'Refunds: {{count}}, paying back {{amount}} ({{share}} of GMV){{when}}.',
    bad_reviews:
      'Bad reviews (1–2 stars): {{count}}, most on {{sku}}{{when}}; followed up: {{followed}}.',
    price_raised: '{{sku}}: the price went up to {{price}} at {{time}}, {{pct}} above list price.',
    below_cost: '{{sku}}: sold at {{price}} from {{time}}, below its cost of {{cost}}.',
    deep_discount: '{{sku}}: discounted to {{price}} at {{time}}, {{pct}} below list price.',
    weak_listing: '{{sku}}: weak {{aspects}}, never improved.',
    abandoned_orders: 'Orders placed but never paid: {{count}}{{when}}.',
    ad_efficiency: 'Ads cost {{spend}} and brought {{adGmv}} in sales: ROAS {{roas}}.',
    ads_off: 'Ads brought no traffic: {{spend}} spent in the run.',
    compensation: 'Compensation payments: {{count}}, costing {{amount}}{{when}}.',
    sop_violations: 'SOP "{{sop}}", rule "{{rule}}": broken {{count}}× by {{role}}{{when}}.',
    generic: '{{kpi}} ended at {{actual}} against a target of {{target}}.',
    same_as: '{{label}}, the cause cited under {{where}} above, also moved {{kpi}}.',
    unexplained:
      '{{kpi}} ended at {{actual}} against {{target}}, and none of the {{tried}} changes replayed on the same seed closes a tenth of the gap on its own: the shortfall is spread over many small things.',
    understaffed_support:
      'Understaffed: the busiest hour, {{window}}, brought {{load}} new chats for {{staff}} agent(s), {{perHead}} per head; one person handles about {{cap}} an hour well.',
    understaffed_warehouse:
      'Understaffed: the busiest hour, {{window}}, brought {{load}} paid orders for {{staff}} picker(s), {{perHead}} per head; one person picks and packs about {{cap}} an hour.',
    pickup_gap:
      'Pick-ups against the promise: {{count}} of the {{late}} late orders were packed before their ship-by time, but the next courier pick-up ({{pickups}}) came after it ({{hours}} h promise).',
  },
  label: {
    ship_late: 'late shipments',
    stockout_hold: 'stock-outs at picking',
    no_restock: 'late restocking',
    sold_out_end: 'sold-out items',
    mispick: 'wrong picks',
    oversold: 'overselling',
    slow_returns: 'slow return inspection',
    courier_delays: 'courier delays',
    low_dsr: 'low review scores',
    slow_first_reply: 'slow first replies',
    abandoned: 'customers left waiting',
    escalations: 'escalations',
    unsolved: 'unsolved conversations',
    open_tickets: 'conversations left open',
    disputes: 'platform disputes',
    low_ratings: 'low chat ratings',
    presale_lost: 'lost pre-sale chats',
    aftersale_reasons: 'after-sales requests',
    auto_approved: 'unanswered after-sales requests',
    refunds: 'refunds',
    bad_reviews: 'bad reviews',
    price_raised: 'price rises',
    below_cost: 'prices below cost',
    deep_discount: 'deep discounts',
    weak_listing: 'weak listings',
    abandoned_orders: 'unpaid orders',
    ad_efficiency: 'ad efficiency',
    ads_off: 'no ad traffic',
    compensation: 'compensation',
    sop_violations: 'SOP violations',
    generic: 'no single cause',
    unexplained: 'no single change explains it',
    understaffed: 'understaffing',
    pickup_gap: 'pick-ups vs promise',
  },
  evidence: {
    incident: 'Incident: {{incident}} ({{id}}), {{window}}.',
    sop: 'SOP "{{sop}}", rule "{{rule}}": broken {{count}}× by {{role}} in this run, first at {{time}}.',
    paid_window: 'The late orders were paid most often in {{window}} ({{peak}} of {{count}}).',
    orders: 'For example orders {{ids}}.',
    tickets: 'For example conversations {{ids}}.',
    review_ref: 'review #{{n}}',
    refs: 'Concerned: {{ids}}.',
    busiest_hour:
      'The busiest hour for new chats was {{window}}: {{count}} new chats; agents on duty: {{agents}}.',
    stock_timeline:
      '{{sku}}: first empty shelf at {{first}}; stock-out reported: {{reported}}; restock ordered: {{restocked}}.',
    caught: 'Wrong items the scan check caught before packing: {{count}}.',
    unverified: 'Orders packed without the scan check: {{count}}.',
    cycle_count: '{{sku}}: last cycle count at {{time}}.',
    no_cycle_count: '{{sku}}: no cycle count before the first oversold order.',
    returns_pending: 'Returned parcels still waiting for inspection at the end: {{count}}.',
    rejected_before: 'After-sales requests rejected before: {{count}}.',
    low_rating_slow: 'Of these, waited longer than {{limit}} for a first reply: {{count}}.',
    budget_change: 'Budget for {{channel}} set to {{amount}} per hour at {{time}}.',
    late_compensation: 'Automatic late-shipment compensation among them: {{count}} ({{amount}}).',
    reason_count: '{{reason}} / {{type}}: {{count}}',
    not_done: 'never',
  },
  fix: {
    surge_capacity:
      'Before a traffic peak like {{window}}, plan extra pick waves and hand parcels over before every courier pick-up.',
    outage_plan:
      'During a waybill outage keep picking and packing, print the moment the system is back, and tell support which orders will be late.',
    ship_before_cutoff:
      'Work the pick queue oldest first and hand every packed parcel to the courier before the cut-off.',
    report_stockout:
      'Report a stock-out the moment a shelf is empty, so the shop stops selling the item.',
    reorder_early:
      'Reorder {{skus}} while a day of sales is still on the shelf, not after it runs out.',
    verify_scan: 'Always run the scan check (复核) before packing.',
    stock_sync:
      'Before operations promotes {{skus}}, the warehouse cycle-counts the shelf and compares it with the sellable stock.',
    inspect_daily: 'Receive and inspect returned parcels the day they arrive.',
    courier_choice:
      'When {{courier}} is delayed, move new parcels to a more reliable courier and warn buyers early.',
    queue_first:
      'Answer the longest-waiting customer first and keep every first reply under {{limit}}.',
    greet_quickly: 'Send a greeting within the first minute so nobody leaves unanswered.',
    solve_first_contact:
      'Solve the problem in the first conversation; escalate only what is beyond your authority.',
    close_loop:
      'Close every conversation: solve the problem, mark it resolved, and hand open ones over before the shift ends.',
    reject_with_evidence:
      'Reject an after-sales request only with evidence (inspection, tracking) and offer an alternative.',
    presale_answer: 'Answer pre-sale questions first: these customers are about to buy.',
    answer_aftersale: 'Answer every after-sales request well before the platform deadline.',
    follow_up_reviews:
      'Follow up every bad review politely within the SOP time, and pass its cause to the team that owns it.',
    quality_check:
      'Hold and inspect the stock of {{sku}} as soon as defect complaints cluster; ship none until it is checked.',
    inspect_before_refund:
      'Check claims against tracking and inspect returned parcels before refunding.',
    size_chart: 'Add or improve the size chart of {{sku}} to cut wrong-size returns.',
    logistics_lookup:
      'Look up tracking before answering "not received" claims; intercept or resend lost parcels.',
    listing_accuracy: 'Make the listing of {{sku}} match the real item (photos, detail page).',
    price_check:
      'Have a second person check every price change of {{sku}}; never go below the SOP margin floor.',
    improve_listing: 'Improve the {{aspects}} of {{sku}}.',
    checkout_outage:
      'During a checkout outage pause paid traffic and tell waiting buyers when they can pay.',
    ad_budget:
      'Review ROAS per channel every hour; move budget to the channel that converts and cap the rest.',
    add_traffic: 'Plan the traffic the targets need: set an ad budget for the peak hours.',
    margin_guard: 'Keep compensation and coupons within authority and check the margin first.',
    sop_retrain:
      'Before the next drill, the {{role}} lead walks the {{role}} seat through rule "{{rule}}" of SOP "{{sop}}" (broken {{count}}× this run) and spot-checks it in the first 30 minutes of the next run.',
    generic: 'Set a mid-run checkpoint for {{kpi}} in the next drill and agree who acts on it.',
    add_seat_support:
      'Operations adds one more support seat (or moves a shift) to cover {{window}} before the next drill, so no agent carries more than {{cap}} chats an hour; check it on the rota.',
    add_seat_warehouse:
      'Operations adds one more picker/packer (or moves a shift) to cover {{window}} before the next drill, so nobody carries more than {{cap}} orders an hour; check it on the rota.',
    book_pickup:
      'Warehouse books an extra courier pick-up before each ship-by deadline (or operations shortens the {{hours}} h promise to what the pick-ups can keep) before the next drill.',
  },
  lesson: {
    keep_target: '{{kpi}}: {{actual}} beat the target {{target}} with room to spare.',
    keep_tight: '{{kpi}}: met at {{actual}} against {{target}}, but only just.',
    keep_sop: 'SOP "{{sop}}" ({{role}}) was followed without a single violation.',
    keep_expert: '{{kpi}}: {{actual}}, as good as the expert bots ({{expert}}).',
    improve_target: '{{kpi}}: {{actual}} missed the target {{target}}; main cause: {{cause}}.',
    improve_sop: 'SOP "{{sop}}" was broken {{count}}×.',
    improve_expert: '{{kpi}}: the expert bots reached {{expert}}, this run {{actual}}.',
    sop_unexercised:
      'SOP "{{sop}}" ({{role}}) was never exercised in this run: no violation, but nothing learned either.',
    sop_silent_support:
      'SOP "{{sop}}" ({{role}}): no rule fired, yet {{count}} customers were left unanswered — not a clean record.',
    sop_silent_warehouse:
      'SOP "{{sop}}" ({{role}}): no rule fired, yet {{count}} orders shipped late — not a clean record.',
  },
  whatif: {
    expert:
      'If {{action}}, {{kpi}} would {{dir}} {{to}} instead of {{from}} ({{share}}% of the gap).',
    incident:
      'Without the {{incident}} ({{id}}), {{kpi}} would {{dir}} {{to}} instead of {{from}} ({{share}}% of the gap).',
    staff:
      'With one more {{role}} on duty at the same level, {{kpi}} would {{dir}} {{to}} instead of {{from}} ({{share}}% of the gap).',
    commands:
      "Without the {{role}} seat's {{cls}}, {{kpi}} would {{dir}} {{to}} instead of {{from}} ({{share}}% of the gap).",
    commands_on_time:
      'Had the {{role}} seat done its {{cls}} on time (everything else as played), {{kpi}} would {{dir}} {{to}} instead of {{from}} ({{share}}% of the gap).',
    pickups:
      'If those parcels had been picked up in time, {{kpi}} would {{dir}} {{to}} instead of {{from}} ({{share}}% of the gap).',
  },
  whatif_dir: { up: 'rise to', down: 'fall to' },
  whatif_action: {
    role: 'the {{role}} seat were played the way the expert bot plays it',
    ship_late: 'orders were picked in time and handed over before the courier pick-up',
    stockout_hold: 'empty shelves were reported and restocked at once',
    oversold: 'stock were counted and the item taken off sale before it oversold',
    slow_first_reply: 'every customer got a first reply in time',
    abandoned: 'nobody were left without an answer',
    mispick: 'every pick were scan-checked',
    slow_returns: 'returns were inspected the day they arrived',
    bad_reviews: 'every bad review were followed up in time',
    disputes: 'claims were answered with evidence before buyers escalated',
    auto_approved: 'every after-sales request were answered before the platform deadline',
    unsolved: 'conversations were solved at first contact',
  },
  command_class: {
    discounts: 'price cuts and discounts',
    coupons: 'shop coupons',
    goodwill: 'goodwill coupons and compensation',
    ads: 'ad budget changes',
    approvals: 'after-sales approvals',
    chats: 'chat work (replies, look-ups, closing)',
    shipping: 'picking, packing and hand-overs',
    stock: 'stock-out reports and cycle counts',
  },
  harm: {
    profit:
      '{{kpi}} was met, but the shop made a loss ({{profit}} net profit): a target bought at this price is not a win.',
    margin:
      '{{kpi}} was met with the gross margin at {{margin}} (expert bots {{expert}}, net profit {{profit}}): the discounts bought the target — not praised.',
    fraud:
      '{{kpi}} was met by approving {{approved}} of {{total}} fraudulent claims: a clean rate paid for with fake refunds — not praised.',
    refunds:
      '{{kpi}} was met with a refund rate of {{rate}} (expert bots {{expert}}): satisfaction bought with refunds — not praised.',
  },
  story: {
    premise: 'The scenario: {{story}}',
    incident:
      '{{incident}} ({{id}}), {{window}}: {{effect}}; its replay did not show it moving a missed target.',
    incident_untested:
      '{{incident}} ({{id}}), {{window}}: {{effect}}; not replayed on its own this time.',
    incident_proven:
      '{{incident}} ({{id}}), {{window}}: {{effect}}; a replay without it shows it moved a missed target (see the causes).',
    effects: '{{items}}',
    claims: '{{count}} after-sales claims raised by it',
    oversold: '{{count}} orders of {{sku}} oversold from then on',
    delayed: '{{count}} parcels delayed or lost',
    bad: '{{count}} bad reviews',
    chats: '{{count}} new chats meanwhile',
    aftersales: 'After-sales requests in the run: {{count}}, mainly {{reasons}}.',
    reason: '{{reason}} ({{count}})',
  },
  proof: {
    heading: 'The story of this run',
    replays:
      'Causes tested by {{n}} counterfactual replays of the same seed; only those that move a KPI are cited.',
    harms: 'Targets met the wrong way',
    check: 'check: {{check}}',
    checkViolations: 'check: no violation of this rule next run',
  },
  score: {
    learner:
      'Your result ({{roles}}): {{stars}}. Your targets met: {{met}} of {{total}}; your SOP violations: {{violations}} ({{max}} allowed).',
    steps:
      'Your result ({{roles}}): {{stars}}. Your role has no target here, so your guided steps count: {{done}} of {{total}} done; your SOP violations: {{violations}} ({{max}} allowed).',
    team: 'Team result (every seat, bots included): {{met}} of {{total}} targets met; SOP violations: {{violations}} ({{max}} allowed).',
    unjudged: {
      idle: 'During the drill you issued no command as {{roles}} — an idle run earns nothing.',
      too_short:
        'Not enough played to score: the drill ran {{played}} of {{length}} (at least half is needed).',
      before_deadline:
        'Not enough played to score: the drill ended at {{at}}, before the first deadline that {{kpis}} depends on ({{deadline}}).',
      no_data: 'Not enough played to score: nothing to measure yet for {{kpis}}.',
      no_targets: 'Your role ({{roles}}) has no target in this scenario — see the team result.',
    },
    sameStretch:
      'Compared over the same stretch: the expert bots were stopped at {{at}}, where your drill ended.',
    unscored: 'Your result ({{roles}}): no stars.',
  },
};
