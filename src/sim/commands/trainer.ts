import { incidentSchema } from '../../scenario/schema';
import { startIncident } from '../incidents/lifecycle';
import { own } from './ref';
import { no, spec } from './spec';

/** A trainer drops an incident card into the running day. */
export const trainerCommands = {
  inject_incident: spec({
    payload: incidentSchema,
    check: (world, p) => {
      if ('sku' in p && !own(world.skus, p.sku)) return no('unknown_sku', { sku: p.sku });
      if (p.kind === 'courier_delay' && !world.scenario.couriers.some((c) => c.id === p.courier)) {
        return no('unknown_courier', { courier: p.courier });
      }
      return null;
    },
    run: (world, p, cmd) => startIncident(world, `inj${world.seq++}`, p, cmd.seat),
    refs: (_w, p) => ('sku' in p ? { sku: p.sku } : {}),
  }),
};
