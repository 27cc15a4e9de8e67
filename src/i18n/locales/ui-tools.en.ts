/** The workstation tools of the play screen: skip, shortcuts, teaching speed, one-click answers. */
export const uiToolsEn = {
  answerResolve: 'Answer & resolve: {{reply}}',
  answerResolveHint:
    'Sends “{{reply}}” and closes the chat in one click (picks it up first if it still waits).',
  skip: {
    tutorial: 'Nothing needs you until the next step can happen: skip ahead instead of waiting.',
    label: 'Skip to the next thing that needs you',
    running: 'Skipping… (click to stop)',
    cancelHint: 'Stop the fast-forward here',
    waiting: '{{n}} waiting',
    busyHint: '{{n}} things still wait for you: deal with them first.',
    hint: {
      support: 'Fast-forwards until a new chat, claim or bad review reaches you.',
      warehouse:
        'Fast-forwards until orders reach the pick list (on shift), parcels reach the outbound queues or a return arrives.',
      buyer:
        'Fast-forwards until your order needs you (pay, confirm receipt, review) or support replies.',
      ops: 'Fast-forwards to the next hour of funnel figures, or sooner if a listing job finishes, stock arrives or runs out, or an incident starts.',
    },
  },
  keys: {
    title: 'Keyboard shortcuts',
    everywhere: 'Everywhere',
    station: '{{role}} station',
    pause: 'Pause / resume',
    speed: 'Speed 1× / 2× / 4×',
    skip: 'Skip to the next thing that needs you',
    help: 'Show this list',
    nextChat: 'Next chat in the queue',
    prevChat: 'Previous chat',
    pickUp: 'Pick up the open chat',
    answerResolve: 'Answer the open chat with its topic’s reply and resolve it',
    lookupOrder: 'Look up the chat’s order',
    resolve: 'Resolve the open chat',
    wave: 'Pick the most urgent wave (up to 200 orders, its own bin)',
    pack: 'Scan-check and pack what is picked (up to 200)',
    label: 'Print waybills for what is packed (up to 500), courier with the soonest pick-up',
    handover: 'Hand labelled parcels to the courier (up to 500)',
    readFunnel: 'Read the funnel (funnel tab)',
  },
  teaching: {
    setting: 'Teaching speed (for novices)',
    settingHint:
      'While a chat or a claim is open on your screen, the clock runs at a quarter of the chosen speed.',
    on: 'Teaching speed',
    slowed: 'Teaching speed: ¼ while you decide',
    hint: 'Teaching speed is on: the clock slows to a quarter while a chat or a claim is open.',
  },
};
