/** Texts of a class (workshop or classroom): the host's terminal, the join page, refusals. */
export const classEn = {
  refuse: {
    wrong_code: 'There is no class with this code here. Check the code your trainer gave you.',
    class_closed: 'This class is closed: it takes no new learners.',
    seat_taken: 'Someone else already sits in this seat. Pick a free seat.',
    team_full: 'Every seat of this team is taken. Pick another team.',
    unknown_seat: 'This team has no such seat.',
    bad_join: 'The join request was incomplete: enter the class code and your name.',
    bad_message: 'The host did not understand a message from this device ({{detail}}).',
    too_fast: 'Too many actions at once: wait a moment and try again.',
    command_refused: 'The host refused the action: {{detail}}',
  },
  host: {
    title: 'ShopDojo class host · {{scenario}}',
    code: 'Class code: {{code}}',
    joinUrl: 'Learners join at: {{url}}',
    trainerToken: 'Trainer token (keep it to yourself): {{token}}',
    teams: '{{teams}} teams × {{seats}} seats ({{roles}}); bots at {{level}} level play free seats',
    journal: 'Journal: {{dir}}',
    resumed: 'Resumed from the journal: every team is paused at its last checkpoint.',
    listening: 'Listening: {{url}}',
    lanNotice:
      'LAN mode: the host accepts connections from other machines. Allow Node through the firewall if asked.',
    localOnly: 'Local mode (127.0.0.1): only this machine can join. Use --bind 0.0.0.0 for a room.',
    paused: 'The class is paused. Start it with: {{command}}',
    usage:
      'Usage: npm run host -- <scenario.yaml> --teams N [--seats-per-team 4] [--port 2567] [--bind 127.0.0.1|0.0.0.0] [--journal DIR] [--bots novice|competent|expert] [--seed N] [--redis redis://127.0.0.1:6379] [--lang zh-CN|en]',
    badOption: 'Option problem: {{detail}}',
  },
  join: {
    noClass: 'No class with code {{code}} runs on this host.',
  },
};
