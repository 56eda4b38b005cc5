import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import type { Catalogue } from './catalogue.entity.js';
import { calendarDaysOf, listCatalogues } from './catalogue.service.js';
import { CalendarDayNode, CatalogueItemNode, CatalogueNode } from './catalogue.types.js';

@Resolver(() => CatalogueNode)
export class CatalogueResolver {
  @Query(() => [CatalogueNode], { description: '参考目录（为官不为/乱为情形、线索来源、问责方式、研判标准、可容错情形…）. Reference catalogues from the policy documents.' })
  @Can('read', 'Catalogue')
  catalogues(@Ctx() ctx: RequestContext, @Arg('kind', () => String, { nullable: true, description: '类别，如 CRITERIA_SET. Only this kind, e.g. CRITERIA_SET.' }) kind: string | null) {
    return listCatalogues(requireAuthed(ctx), kind);
  }


  @FieldResolver(() => [CatalogueItemNode], { description: '条目. Entries, in the document’s order.' })
  items(@Root() c: Catalogue, @Ctx() ctx: RequestContext) {
    return ctx.loaders.catalogueItems.load(c.code);
  }

  @Query(() => [CalendarDayNode], { description: '某年的节假日与调休工作日（工作日计算的依据）. A year’s holidays and make-up working days: the data behind working-day deadlines.' })
  @Can('read', 'CalendarDay')
  calendarDays(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { description: '年份. Year.' }) year: number) {
    return calendarDaysOf(requireAuthed(ctx), year);
  }

}
