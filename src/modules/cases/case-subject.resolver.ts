import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { cadreNode } from '../cadres/cadre.resolver.js';
import { CadreNode } from '../cadres/cadre.types.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import type { CaseSubject } from './case-subject.entity.js';
import { CaseSubjectNode } from './case.types.js';

@Resolver(() => CaseSubjectNode)
export class CaseSubjectResolver {
  @FieldResolver(() => CadreNode, { nullable: true, description: '干部（如有权查看）. The cadre, if you may see them.' })
  async cadre(@Root() s: CaseSubject, @Ctx() ctx: RequestContext) {
    const cadre = s.cadreId ? await ctx.loaders.cadre.load(s.cadreId) : null;
    return cadre ? cadreNode(cadre) : null;
  }

  @FieldResolver(() => UnitNode, { nullable: true, description: '单位（单位为问责对象时）. The unit, when a unit is the subject.' })
  unit(@Root() s: CaseSubject, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, s.unitId);
  }
}
