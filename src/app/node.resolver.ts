import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireAuthed, type RequestContext } from './context.js';
import { Authenticated } from '../platform/authz/permission.js';
import { fromGlobalId } from '../platform/graphql/global-id.js';
import { Node, asNode } from '../platform/graphql/node.js';

/** Which loader serves `node(id)` for each type; each loader is scoped, so out of scope is null. */
const NODE_LOADERS = {
  Unit: 'unit', Cadre: 'cadre', Case: 'case', Decision: 'decision', Appeal: 'appeal', Correction: 'correction', Clarification: 'clarification', RiskFiling: 'riskFiling',
  SupervisionRecord: 'supervisionRecord', SupervisionProposal: 'supervisionProposal',
} as const;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: '按全局ID获取对象（无权查看时为空）. Any object by global id; null when missing or not yours to see.' })
  // Every type's own scope applies inside; the declaration only requires a valid token.
  @Authenticated()
  async node(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: '全局ID. Global id.' }) id: string) {
    requireAuthed(ctx);
    const { type, id: dbId } = fromGlobalId(id);
    const loaderName = NODE_LOADERS[type as keyof typeof NODE_LOADERS];
    if (!loaderName) return null;
    const entity = await (ctx.loaders[loaderName] as { load(id: string): Promise<{ id: string } | null> }).load(dbId);
    return entity ? asNode(type, entity) : null;
  }
}
