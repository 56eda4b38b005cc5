import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { readConfidential } from '../../platform/graphql/confidential.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/connection.js';
import type { NodeSource } from '../../platform/graphql/node.js';
import { listCadres } from './cadre.service.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { Cadre } from './cadre.entity.js';
import { CadreFilter, CadreNode } from './cadre.types.js';

const CadreConnection = ConnectionType(CadreNode, 'Cadre', '干部');
type CadreSource = Cadre & NodeSource;
export { cadreNode } from './cadre.service.js';

@Resolver(() => CadreNode)
export class CadreResolver {
  @Query(() => CadreConnection, { description: '干部列表（按管辖范围）. Cadres within your jurisdiction, by name.' })
  @Can('read', 'Cadre')
  cadres(@Ctx() ctx: RequestContext, @Arg('filter', () => CadreFilter, { nullable: true, description: '查询条件. Filter.' }) filter: CadreFilter | null, @Args() page: PageArgs) {
    return listCadres(requireAuthed(ctx), filter, page);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '所在单位. The unit of the post.' })
  unit(@Root() c: CadreSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, c.unitId);
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '干部管理权限所属党委. The committee with management authority (干部管理权限).' })
  managingCommittee(@Root() c: CadreSource, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, c.managingCommitteeId);
  }

  @FieldResolver(() => String, { nullable: true, description: '身份证号（敏感，需授权，读取留痕）. ID number: sensitive, needs permission, audited.' })
  idNumber(@Root() c: CadreSource, @Ctx() ctx: RequestContext) {
    return readConfidential(ctx.loaders.mayReadCadreConfidential, ctx.loaders.auditConfidentialRead, 'Cadre', c.dbId, 'idNumber', () => c.idNumber);
  }

  @FieldResolver(() => String, { nullable: true, description: '电话（敏感，需授权，读取留痕）. Phone: sensitive, needs permission, audited.' })
  phone(@Root() c: CadreSource, @Ctx() ctx: RequestContext) {
    return readConfidential(ctx.loaders.mayReadCadreConfidential, ctx.loaders.auditConfidentialRead, 'Cadre', c.dbId, 'phone', () => c.phone);
  }
}
