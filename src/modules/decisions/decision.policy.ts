import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { CASE_SUBJECT } from '../cases/case.policy.js';
import { Correction } from './correction.entity.js';
import { Decision } from './decision.entity.js';
import { Effect } from './effect.entity.js';

/** Decisions belong to their case: whoever may read the case reads its decisions. */
export const DECISION_SUBJECT: ScopedSubject<Decision> = {
  name: 'Decision', entity: Decision, table: 'decisions', alias: 'd',
  via: { parent: CASE_SUBJECT, column: '{a}.case_id' },
};

export const EFFECT_SUBJECT: ScopedSubject<Effect> = {
  name: 'Decision', entity: Effect, table: 'effects', alias: 'ef',
  via: { parent: DECISION_SUBJECT, column: '{a}.decision_id' },
};

/** Corrections are part of their decision: read exactly when the decision (so the case) is. */
export const CORRECTION_SUBJECT: ScopedSubject<Correction> = {
  name: 'Decision', entity: Correction, table: 'corrections', alias: 'co',
  via: { parent: DECISION_SUBJECT, column: '{a}.decision_id' },
};

export const decisionPolicy: Policy = (actor, { can }) => {
  if (actor.kind === 'account' || actor.scopes.length > 0) can('read', 'Decision');
};
