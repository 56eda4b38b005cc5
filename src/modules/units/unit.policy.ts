import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { tokenHasScope } from '../../platform/authz/grants.js';
import { ApiScope } from '../accounts/role.js';
import { RuleRegime } from './rule-regime.entity.js';
import { Unit } from './unit.entity.js';

export const UNIT_SUBJECT: ScopedSubject<Unit> = {
  name: 'Unit', entity: Unit, table: 'units', alias: 'u',
  fields: { path: { unitColumn: '{a}.id' }, id: { column: '{a}.id' } },
};

export const RULE_REGIME_SUBJECT: ScopedSubject<RuleRegime> = { name: 'RuleRegime', entity: RuleRegime, table: 'rule_regimes', alias: 'rr', fields: {} };

/** The organisation tree is not secret to anyone signed in; tokens need UNITS_READ. */
export const unitPolicy: Policy = (actor, { can }) => {
  if (actor.kind === 'account' || tokenHasScope(actor, ApiScope.UNITS_READ)) {
    can('read', 'Unit');
    can('read', 'RuleRegime');
  }
};
