import { AbilityBuilder, buildMongoQueryMatcher, createMongoAbility, type MongoAbility, type MongoQuery } from '@casl/ability';
import type { Actor } from './actor.js';

/**
 * Actions: 'read' rows; 'readConfidential' a row's confidential fields (reporter identity,
 * personal data); domain verbs come with their features. 'manage' is CASL's wildcard.
 */
export type Action =
  | 'read' | 'readConfidential' | 'create' | 'update' | 'manage'
  // Steps of the case procedure (case.policy.ts says who may take each).
  | 'readFile' | 'register' | 'handle' | 'takeOver' | 'decide' | 'respond' | 'applyTolerance' | 'reportCorrection' | 'reviewAppeal'
  // Risk filings (risk-filing.policy.ts): submit and resubmit accept, return or refuse revoke.
  | 'file' | 'receive' | 'revoke'
  // Supervision (督查问效, supervision.policy.ts): record, submit a rectification plan, review it.
  | 'supervise' | 'submitPlan' | 'reviewPlan'
  // Steps of a clarification (clarification.policy.ts).
  | 'clarify' | 'applyClarification' | 'referFalseAccusation';
export type SubjectName =
  | 'Unit' | 'Cadre' | 'Case' | 'Decision' | 'Appeal' | 'Clarification' | 'RiskFiling'
  | 'Account' | 'ApiToken' | 'AuditEntry' | 'Catalogue' | 'CalendarDay' | 'RuleRegime'
  | 'SupervisionRecord' | 'SupervisionProposal' | 'all';

export type AppAbility = MongoAbility<[Action, SubjectName | object], MongoQuery>;
export type RuleBuilder = AbilityBuilder<AppAbility>;

/** A module's policy: adds the rules that its subjects need for this actor. */
export type Policy = (actor: Actor, builder: RuleBuilder) => void;

/**
 * `{ field: { $within: '/root/…/' } }`: the field holds a unit path and the unit lies in the
 * subtree whose path is given. In SQL it becomes a prefix scan on units.path (see scope-sql.ts).
 */
const conditionsMatcher = buildMongoQueryMatcher(
  { $within: { type: 'field', validate: (instruction, value) => { if (typeof value !== 'string' || !value.endsWith('/')) throw new Error(`${instruction.name} expects a unit path ending in '/'`); } } },
  { within: (node, object, { get }) => { const v = get(object, node.field); return typeof v === 'string' && v.startsWith(node.value as string); } },
);

/** Deny by default: an actor has exactly the rules its policies grant, nothing else. */
export function buildAbility(actor: Actor, policies: readonly Policy[]): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const policy of policies) policy(actor, builder);
  return builder.build({ conditionsMatcher });
}
