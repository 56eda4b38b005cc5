import { GraphQLScalarType, Kind } from 'graphql';
import { parseCalendarDate } from '../calendar/working-day-calendar.js';
import { badInput } from '../errors/domain-error.js';

function parse(value: unknown): string {
  if (typeof value !== 'string') throw badInput('CalendarDate must be a string YYYY-MM-DD');
  try {
    return parseCalendarDate(value);
  } catch (e) {
    throw badInput((e as Error).message);
  }
}

/** A calendar date in the Asia/Shanghai calendar, 'YYYY-MM-DD' (deadlines, holidays, decision dates). */
export const CalendarDateScalar = new GraphQLScalarType({
  name: 'CalendarDate',
  description: '日历日期（北京时间），YYYY-MM-DD. A calendar date in the Asia/Shanghai calendar.',
  serialize: (v) => (typeof v === 'string' ? v : String(v)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('CalendarDate must be a string YYYY-MM-DD');
    return parse(ast.value);
  },
});
