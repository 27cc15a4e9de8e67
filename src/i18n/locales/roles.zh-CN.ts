import type { rolesEn } from './roles.en';

/** 角色名称。 */
export const rolesZh: typeof rolesEn = {
  buyer: '买家',
  support: '客服',
  ops: '运营',
  warehouse: '仓储',
  trainer: '培训师',
};
