import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context.js';
import { requireAuthed } from '../../app/context.js';
import { Can } from '../../platform/authz/permission.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { ConnectionType, PageArgs, paginate } from '../../platform/graphql/connection.js';
import { idOf } from '../../platform/graphql/global-id.js';
import { asNode, type NodeSource } from '../../platform/graphql/node.js';
import type { Unit } from './unit.entity.js';
import { UNIT_SUBJECT } from './unit.policy.js';
import { UnitFilter, UnitNode } from './unit.types.js';
import { RuleRegimeNode } from '../catalogues/catalogue.types.js';
import { containsPattern, unitWithinSql } from '../../platform/db/sql-filters.js';

const UnitConnection = ConnectionType(UnitNode, 'Unit', '单位');
type UnitSource = Unit & NodeSource;
export const unitNode = (u: Unit) => asNode('Unit', u);
export const loadUnitNode = async (ctx: RequestContext, id: string | null) => (id ? nodeOrNull(await ctx.loaders.unit.load(id)) : null);
const nodeOrNull = (u: Unit | null) => (u ? unitNode(u) : null);

@Resolver(() => UnitNode)
export class UnitResolver {
  @Query(() => UnitConnection, { description: '单位列表. Units, by code.' })
  @Can('read', 'Unit')
  units(@Ctx() ctx: RequestContext, @Arg('filter', () => UnitFilter, { nullable: true, description: '查询条件. Filter.' }) filter: UnitFilter | null, @Args() page: PageArgs) {
    const qb = scopedQuery(requireAuthed(ctx), 'read', UNIT_SUBJECT);
    if (filter?.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: idOf('Unit', filter.parentId) });
    if (filter?.withinId) qb.andWhere(unitWithinSql('u.id', 'withinId'), { withinId: idOf('Unit', filter.withinId) });
    if (filter?.kinds?.length) qb.andWhere('u.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.level) qb.andWhere('u.level = :level', { level: filter.level });
    if (filter?.nameContains) qb.andWhere(`u.name LIKE :name ESCAPE '\\'`, { name: containsPattern(filter.nameContains) });
    return paginate(qb, page, [{ expr: 'u.code', property: 'code', kind: 'string' }, { expr: 'u.id', property: 'id', kind: 'string' }], 'ASC', unitNode);
  }

  @Query(() => [UnitNode], { description: '组织树的根单位. The roots of the unit tree.' })
  @Can('read', 'Unit')
  async unitTree(@Ctx() ctx: RequestContext) {
    const roots = await scopedQuery(requireAuthed(ctx), 'read', UNIT_SUBJECT).andWhere('u.parent_id IS NULL').orderBy('u.code').getMany();
    return roots.map(unitNode);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '上级单位. Parent unit.' })
  parent(@Root() u: UnitSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, u.parentId);
  }

  @FieldResolver(() => [UnitNode], { description: '直接下级单位. Direct children.' })
  async children(@Root() u: UnitSource, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.unitChildren.load(u.dbId)).map(unitNode);
  }

  /** The nearest unit at or above this one that sets a regime: the local rule wins in its tree. */
  @FieldResolver(() => RuleRegimeNode, { nullable: true, description: '适用的程序规则（就近继承上级）. The rules in force here, inherited from the nearest unit that sets them.' })
  async ruleRegime(@Root() u: UnitSource, @Ctx() ctx: RequestContext) {
    const ancestorIds = u.path.split('/').filter(Boolean).reverse();
    const ancestors = await ctx.loaders.unit.loadMany(ancestorIds);
    const setter = ancestors.find((a): a is Unit => !!a && !(a instanceof Error) && a.ruleRegimeId !== null);
    return setter ? ctx.loaders.ruleRegime.load(setter.ruleRegimeId!) : null;
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '管理该单位领导的党委. The committee that manages this unit’s leaders.' })
  managingCommittee(@Root() u: UnitSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, u.managingCommitteeId);
  }
}
