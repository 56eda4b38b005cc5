import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context.js';
import { requireAuthed } from '../../app/context.js';
import { Can } from '../../platform/authz/permission.js';
import { scopedQuery } from '../../platform/authz/scoped-query.js';
import { badInput } from '../../platform/errors/domain-error.js';
import type { Catalogue } from './catalogue.entity.js';
import { CALENDAR_DAY_SUBJECT, CATALOGUE_SUBJECT } from './catalogue.policy.js';
import { CalendarDayNode, CatalogueItemNode, CatalogueNode } from './catalogue.types.js';

@Resolver(() => CatalogueNode)
export class CatalogueResolver {
  @Query(() => [CatalogueNode], { description: '参考目录（为官不为/乱为情形、线索来源、问责方式、研判标准、可容错情形…）. Reference catalogues from the policy documents.' })
  @Can('read', 'Catalogue')
  catalogues(@Ctx() ctx: RequestContext, @Arg('kind', () => String, { nullable: true, description: '类别，如 CRITERIA_SET. Only this kind, e.g. CRITERIA_SET.' }) kind: string | null) {
    const qb = scopedQuery(requireAuthed(ctx), 'read', CATALOGUE_SUBJECT);
    if (kind) qb.andWhere('cat.kind = :kind', { kind });
    return qb.orderBy('cat.code').getMany();
  }

  @FieldResolver(() => [CatalogueItemNode], { description: '条目. Entries, in the document’s order.' })
  items(@Root() c: Catalogue, @Ctx() ctx: RequestContext) {
    return ctx.loaders.catalogueItems.load(c.code);
  }

  @Query(() => [CalendarDayNode], { description: '某年的节假日与调休工作日（工作日计算的依据）. A year’s holidays and make-up working days: the data behind working-day deadlines.' })
  @Can('read', 'CalendarDay')
  calendarDays(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { description: '年份. Year.' }) year: number) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year must be between 2000 and 2100', { argument: 'year' });
    return scopedQuery(requireAuthed(ctx), 'read', CALENDAR_DAY_SUBJECT)
      .andWhere('cal.date BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .orderBy('cal.date')
      .getMany();
  }
}
