import type { Policy } from '../../platform/authz/ability.js';
import type { ScopedSubject } from '../../platform/authz/scoped-query.js';
import { CASE_SUBJECT } from '../cases/case.policy.js';
import { Appeal } from './appeal.entity.js';

/** Appeals are read with their case; the appeal body's own rules come with the appeals feature. */
export const APPEAL_SUBJECT: ScopedSubject<Appeal> = {
  name: 'Appeal', entity: Appeal, table: 'appeals', alias: 'ap',
  via: { parent: CASE_SUBJECT, column: '{a}.case_id' },
};

export const appealPolicy: Policy = (actor, { can }) => {
  if (actor.kind === 'account') can('read', 'Appeal');
};
