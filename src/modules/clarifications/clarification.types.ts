import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDateScalar } from '../../platform/graphql/calendar-date.scalar.js';
import { Node } from '../../platform/graphql/node.js';
import { ToleranceOrigin } from '../cases/case.enums.js';
import { ClarificationFinding, ClarificationMethod, ClarificationState } from './clarification.enums.js';

registerEnumType(ClarificationState, { name: 'ClarificationState', description: '澄清状态. Clarification state.' });
registerEnumType(ClarificationFinding, { name: 'ClarificationFinding', description: '核查结论：失实、查无实据、不实舆情. Untrue, unfounded, or a false public story.' });
registerEnumType(ClarificationMethod, { name: 'ClarificationMethod', description: '澄清方式. How the name was cleared.' });

@ObjectType('Clarification', { implements: Node, description: '澄清正名. Clearing a cadre’s name after an untrue report.' })
export class ClarificationNode extends Node {
  @Field(() => ToleranceOrigin, { description: '依职权或依申请. Ex officio or on application.' }) origin: ToleranceOrigin;
  @Field(() => ClarificationState, { description: '状态. State.' }) state: ClarificationState;
  @Field(() => ClarificationFinding, { description: '核查结论. Finding.' }) finding: ClarificationFinding;
  @Field({ description: '澄清的具体问题. The specific allegations cleared.' }) allegations: string;
  @Field(() => [ClarificationMethod], { description: '方式. Methods.' }) methods: ClarificationMethod[];
  @Field(() => String, { nullable: true, description: '范围. Scope where it was made known.' }) scope: string | null;
  @Field(() => CalendarDateScalar, { description: '提出日期. Requested on.' }) requestedOn: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: '期限. Due on.' }) dueOn: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: '澄清日期. Clarified on.' }) clarifiedOn: string | null;
  @Field({ description: '是否诬告陷害. Whether a malicious false accusation.' }) maliciousAccusation: boolean;
}

@InputType({ description: '澄清查询条件. Filter for clarifications.' })
export class ClarificationFilter {
  @Field(() => [ClarificationState], { nullable: true, description: '状态. States.' }) states?: ClarificationState[];
  @Field(() => String, { nullable: true, description: '干部. Cadre.' }) cadreId?: string;
}
