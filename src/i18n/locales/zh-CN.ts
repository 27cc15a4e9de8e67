import type { Messages } from './en';
import { rejectZh } from './reject.zh-CN';

/** 简体中文文本，按文件分节；键与 en.ts 完全一致（类型检查保证）。 */
export const zhCN: Messages = {
  reject: rejectZh,
};
