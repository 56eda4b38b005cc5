import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import type { NodeSource } from '../../platform/graphql/node.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { Appeal } from './appeal.entity.js';
import { AppealNode } from './appeal.types.js';

@Resolver(() => AppealNode)
export class AppealResolver {
  @FieldResolver(() => UnitNode, { nullable: true, description: '复查机关. The reviewing body.' })
  reviewingUnit(@Root() a: Appeal & NodeSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, a.reviewingUnitId);
  }
}
