import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AppealMutationResolver } from '../modules/appeals/appeal-mutation.resolver.js';
import { AppealResolver } from '../modules/appeals/appeal.resolver.js';
import { AccountResolver, RoleGrantResolver } from '../modules/accounts/account.resolver.js';
import { CadreResolver } from '../modules/cadres/cadre.resolver.js';
import { CaseSubjectResolver } from '../modules/cases/case-subject.resolver.js';
import { CaseResolver } from '../modules/cases/case.resolver.js';
import { CaseStepResolver } from '../modules/cases/case-step.resolver.js';
import { AssessmentResolver, CaseCopyResolver, CaseFileResolver } from '../modules/cases/case-file.resolver.js';
import { ClarificationResolver } from '../modules/clarifications/clarification.resolver.js';
import { ClarificationStepResolver } from '../modules/clarifications/clarification-step.resolver.js';
import { CancellationResolver } from '../modules/decisions/cancellation.resolver.js';
import { CorrectionResolver } from '../modules/decisions/correction.resolver.js';
import { DecisionResolver } from '../modules/decisions/decision.resolver.js';
import { EligibilityReasonResolver, EligibilityResolver } from '../modules/decisions/eligibility.resolver.js';
import { RiskFilingResolver } from '../modules/risk-filings/risk-filing.resolver.js';
import { RiskFilingStepResolver } from '../modules/risk-filings/risk-filing-step.resolver.js';
import { UnitResolver } from '../modules/units/unit.resolver.js';
import { enforceDeclaredPermission } from '../platform/authz/permission.js';
import { NodeResolver } from './node.resolver.js';
import { CatalogueResolver } from '../modules/catalogues/catalogue.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { CaseDueResolver } from '../modules/cases/case-due.resolver.js';
import { SupervisionProposalResolver, SupervisionRecordResolver } from '../modules/supervision/supervision.resolver.js';
import { SupervisionStepResolver } from '../modules/supervision/supervision-step.resolver.js';

export const RESOLVERS = [
  NodeResolver, AccountResolver, RoleGrantResolver, UnitResolver, CadreResolver, CaseResolver, CaseStepResolver, CaseFileResolver, AssessmentResolver, CaseCopyResolver, CaseSubjectResolver,
  DecisionResolver, AppealResolver, ClarificationResolver, RiskFilingResolver, CatalogueResolver,
  EligibilityResolver, EligibilityReasonResolver, CancellationResolver, CalendarResolver, CaseDueResolver,
  AppealMutationResolver, CorrectionResolver, RiskFilingStepResolver, ClarificationStepResolver,
  SupervisionRecordResolver, SupervisionProposalResolver, SupervisionStepResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process from the resolvers' decorators. */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    globalMiddlewares: [enforceDeclaredPermission],
    validate: false,
  }).then((schema) => {
    // type-graphql has no option for the root types' descriptions.
    Object.assign(schema.getQueryType()!, { description: '查询（均按管辖范围限定）. Reads, every one scoped to your jurisdiction.' });
    Object.assign(schema.getMutationType()!, { description: '变更. Changes.' });
    return schema;
  });
  return built;
}
