import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { grantsOf } from '../../platform/authz/grants.js';
import { Role } from '../accounts/role.js';
import { CalendarDay } from '../calendar/calendar-day.entity.js';
import { Catalogue, CatalogueItem } from './catalogue.entity.js';

export const CATALOGUE_SUBJECT: ScopedSubject<Catalogue> = { name: 'Catalogue', entity: Catalogue, table: 'catalogues', alias: 'cat', fields: {} };
/** Items are read under the catalogue's rule (reference data has no per-row conditions). */
export const CATALOGUE_ITEM_SUBJECT: ScopedSubject<CatalogueItem> = { name: 'Catalogue', entity: CatalogueItem, table: 'catalogue_items', alias: 'ci', fields: {} };
export const CALENDAR_DAY_SUBJECT: ScopedSubject<CalendarDay> = { name: 'CalendarDay', entity: CalendarDay, table: 'calendar_days', alias: 'cal', fields: {} };

/** Reference data (catalogues, the working-day calendar) is readable by every signed-in account. */
export const referencePolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'account') return;
  can('read', 'Catalogue');
  can('read', 'CalendarDay');
  // The year's holiday notice is entered by an administrator, never by case staff.
  if (grantsOf(actor, Role.ADMINISTRATOR).length > 0) can('update', 'CalendarDay');
};
