import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/graphql/node.js';
import { RiskFilingState } from './risk-filing.enums.js';

registerEnumType(RiskFilingState, { name: 'RiskFilingState', description: '报备状态. Risk filing state.' });

@ObjectType('DecisionProcedure', { description: '决策程序证明. Proof of the decision procedure.' })
export class DecisionProcedureNode {
  @Field({ description: '集体研究. Collective study.' }) collectiveStudy: boolean;
  @Field({ description: '专家论证. Expert review.' }) expertReview: boolean;
  @Field({ description: '合法性审查. Legal review.' }) legalReview: boolean;
  @Field({ description: '风险评估. Risk assessment.' }) riskAssessment: boolean;
}

@ObjectType('RiskFiling', { implements: Node, description: '前瞻性决策风险事前报备. A pre-registered risk filing for a forward-looking decision.' })
export class RiskFilingNode extends Node {
  @Field({ description: '报备编号. Filing number.' }) filingNumber: string;
  @Field({ description: '事项. Matter.' }) matter: string;
  @Field({ description: '理由. Reason.' }) reason: string;
  @Field({ description: '风险点. Risk points.' }) riskPoints: string;
  @Field({ description: '防控措施. Prevention measures.' }) preventionMeasures: string;
  @Field(() => DecisionProcedureNode, { description: '决策程序. Decision procedure.' }) decisionProcedure: DecisionProcedureNode;
  @Field({ description: '是否特事特办. Special handling (特事特办).' }) specialHandling: boolean;
  @Field(() => RiskFilingState, { description: '状态. State.' }) state: RiskFilingState;
  @Field(() => Date, { description: '报备时间. Submitted at.' }) submittedAt: Date;
  @Field(() => Date, { nullable: true, description: '处理时间. Decided at.' }) decidedAt: Date | null;
}

@InputType({ description: '报备查询条件. Filter for risk filings.' })
export class RiskFilingFilter {
  @Field(() => [RiskFilingState], { nullable: true, description: '状态. States.' }) states?: RiskFilingState[];
  @Field(() => String, { nullable: true, description: '报备单位（含下级）. Filed by this unit or below.' }) filingUnitId?: string;
}
