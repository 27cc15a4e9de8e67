import { buyerCommands } from './buyer';
import { opsCommands } from './ops';
import { changeAddress } from './shared';
import type { CommandTable } from './spec';
import { resendCommand } from './resend';
import { supportCommands } from './support';
import { trainerCommands } from './trainer';
import { warehouseCommands } from './warehouse';

/** Every command of every role. Typed by CommandType, so a missing one fails to compile. */
export const COMMANDS: CommandTable = {
  ...buyerCommands,
  ...supportCommands,
  ...opsCommands,
  ...warehouseCommands,
  ...trainerCommands,
  change_address: changeAddress,
  resend_item: resendCommand,
};
