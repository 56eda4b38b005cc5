import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/connection.js';
import type { NodeSource } from '../../platform/graphql/node.js';
import { RuleRegimeNode } from '../catalogues/catalogue.types.js';
import type { Unit } from './unit.entity.js';
import { effectiveRuleRegime, listUnits, loadUnitNode, rootUnits, unitNode } from './unit.service.js';
import { UnitFilter, UnitNode } from './unit.types.js';

export { loadUnitNode } from './unit.service.js';

const UnitConnection = ConnectionType(UnitNode, 'Unit', '单位');
type UnitSource = Unit & NodeSource;

@Resolver(() => UnitNode)
export class UnitResolver {
  @Query(() => UnitConnection, { description: '单位列表. Units, by code.' })
  @Can('read', 'Unit')
  units(@Ctx() ctx: RequestContext, @Arg('filter', () => UnitFilter, { nullable: true, description: '查询条件. Filter.' }) filter: UnitFilter | null, @Args() page: PageArgs) {
    return listUnits(requireAuthed(ctx), filter, page);
  }

  @Query(() => [UnitNode], { description: '组织树的根单位. The roots of the unit tree.' })
  @Can('read', 'Unit')
  unitTree(@Ctx() ctx: RequestContext) {
    return rootUnits(requireAuthed(ctx));
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '上级单位. Parent unit.' })
  parent(@Root() u: UnitSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, u.parentId);
  }

  @FieldResolver(() => [UnitNode], { description: '直接下级单位. Direct children.' })
  async children(@Root() u: UnitSource, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.unitChildren.load(u.dbId)).map(unitNode);
  }

  @FieldResolver(() => RuleRegimeNode, { nullable: true, description: '适用的程序规则（就近继承上级）. The rules in force here, inherited from the nearest unit that sets them.' })
  ruleRegime(@Root() u: UnitSource, @Ctx() ctx: RequestContext) {
    return effectiveRuleRegime(ctx, u);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '管理该单位领导的党委. The committee that manages this unit’s leaders.' })
  managingCommittee(@Root() u: UnitSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, u.managingCommitteeId);
  }
}
