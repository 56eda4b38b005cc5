import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { asNode, type NodeSource } from '../../platform/graphql/node.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { Decision } from './decision.entity.js';
import { DecisionNode, EffectNode } from './decision.types.js';

@Resolver(() => DecisionNode)
export class DecisionResolver {
  @FieldResolver(() => UnitNode, { nullable: true, description: '批准机关. The approving authority.' })
  approvingUnit(@Root() d: Decision & NodeSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, d.approvingUnitId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '受理申诉的机关（决定机关的上级）. The body that receives appeals.' })
  appealBody(@Root() d: Decision & NodeSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, d.appealBodyUnitId);
  }

  @FieldResolver(() => DecisionNode, { nullable: true, description: '被本决定取代的原决定（纠错失败或申诉变更）. The decision this one replaces.' })
  async previousDecision(@Root() d: Decision & NodeSource, @Ctx() ctx: RequestContext) {
    const previous = d.previousDecisionId ? await ctx.loaders.decision.load(d.previousDecisionId) : null;
    return previous ? asNode('Decision', previous) : null;
  }

  @FieldResolver(() => [EffectNode], { description: '影响期. Influence periods this decision imposes.' })
  effects(@Root() d: Decision & NodeSource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.effectsByDecision.load(d.dbId);
  }
}
