import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/connection.js';
import type { NodeSource } from '../../platform/graphql/node.js';
import { listClarifications } from './clarification.service.js';
import { cadreNode } from '../cadres/cadre.resolver.js';
import { CadreNode } from '../cadres/cadre.types.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { Clarification } from './clarification.entity.js';
import { ClarificationFilter, ClarificationNode } from './clarification.types.js';

const ClarificationConnection = ConnectionType(ClarificationNode, 'Clarification', '澄清正名');

@Resolver(() => ClarificationNode)
export class ClarificationResolver {
  @Query(() => ClarificationConnection, { description: '澄清正名列表. Clarifications you may see, newest first.' })
  @Can('read', 'Clarification')
  clarifications(@Ctx() ctx: RequestContext, @Arg('filter', () => ClarificationFilter, { nullable: true, description: '查询条件. Filter.' }) filter: ClarificationFilter | null, @Args() page: PageArgs) {
    return listClarifications(requireAuthed(ctx), filter, page);
  }


  @FieldResolver(() => CadreNode, { nullable: true, description: '被澄清的干部. The cadre whose name is cleared.' })
  async cadre(@Root() c: Clarification & NodeSource, @Ctx() ctx: RequestContext) {
    const cadre = await ctx.loaders.cadre.load(c.cadreId);
    return cadre ? cadreNode(cadre) : null;
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '澄清机关（谁核实谁澄清）. The body that verified and clarifies.' })
  clarifyingUnit(@Root() c: Clarification & NodeSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, c.clarifyingUnitId);
  }
}
