import type { classEn } from './class.en';

/** 班级（工作坊或课堂）文本：主机终端、加入页面、拒绝原因。 */
export const classZh: typeof classEn = {
  refuse: {
    wrong_code: '这里没有这个班级代码。请核对培训师给你的代码。',
    class_closed: '本班级已关闭，不再接收新学员。',
    seat_taken: '这个席位已经有人了。请选择一个空席位。',
    team_full: '这个小组的席位都已满。请选择其他小组。',
    unknown_seat: '这个小组没有这个席位。',
    bad_join: '加入信息不完整：请填写班级代码和你的名字。',
    bad_message: '主机无法理解这台设备发来的消息（{{detail}}）。',
    too_fast: '操作太频繁：请稍等片刻再试。',
    command_refused: '主机拒绝了这个操作：{{detail}}',
  },
  host: {
    title: 'ShopDojo 班级主机 · {{scenario}}',
    code: '班级代码：{{code}}',
    joinUrl: '学员加入地址：{{url}}',
    trainerToken: '培训师令牌（请勿外传）：{{token}}',
    teams: '{{teams}} 个小组 × {{seats}} 个席位（{{roles}}）；空席位由 {{level}} 级机器人代打',
    journal: '日志目录：{{dir}}',
    resumed: '已从日志恢复：每个小组都暂停在最后一个检查点。',
    listening: '监听地址：{{url}}',
    lanNotice: '局域网模式：其他电脑可以连接本主机。如防火墙询问，请允许 Node 通过。',
    localOnly: '本机模式（127.0.0.1）：只有这台电脑能加入。课堂使用请加 --bind 0.0.0.0。',
    paused: '班级已暂停。开始请运行：{{command}}',
    usage:
      '用法：npm run host -- <场景.yaml> --teams N [--seats-per-team 4] [--port 2567] [--bind 127.0.0.1|0.0.0.0] [--journal 目录] [--bots novice|competent|expert] [--seed N] [--redis redis://127.0.0.1:6379] [--lang zh-CN|en]',
    badOption: '参数有误：{{detail}}',
  },
  join: {
    noClass: '本主机上没有代码为 {{code}} 的班级。',
  },
};
