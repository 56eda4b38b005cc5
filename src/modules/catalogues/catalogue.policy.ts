import type { Policy } from '../../platform/authz/ability.js';

/** Reference data (catalogues, the working-day calendar) is readable by every signed-in actor. */
export const referencePolicy: Policy = (_actor, { can }) => {
  can('read', 'Catalogue');
  can('read', 'CalendarDay');
};
