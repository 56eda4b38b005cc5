import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { DomainError, ErrorCode } from '../../platform/errors/domain-error.js';
import { formatError } from '../format-error.js';

const log = pino({ level: 'silent' });
const formatted = (message: string, code?: string) => ({ message, path: ['cases'], extensions: { ...(code ? { code } : {}), stacktrace: ['at secret.ts:1'] } });

describe('formatError', () => {
  it('passes domain errors through with their stable code, without stack traces', () => {
    const out = formatError(formatted('Case not found', 'NOT_FOUND'), new DomainError(ErrorCode.NOT_FOUND, 'Case not found'), log);
    expect(out).toEqual({ message: 'Case not found', path: ['cases'], extensions: { code: 'NOT_FOUND' } });
  });

  it('masks anything unexpected as INTERNAL_SERVER_ERROR with no internals', () => {
    const out = formatError(formatted('relation "secret_table" does not exist', 'INTERNAL_SERVER_ERROR'), new Error('relation "secret_table" does not exist'), log);
    expect(out).toEqual({ message: 'Internal error', path: ['cases'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps GraphQL validation errors (they describe the request, not the server)', () => {
    const out = formatError(formatted('Cannot query field "x"', 'GRAPHQL_VALIDATION_FAILED'), new GraphQLError('Cannot query field "x"'), log);
    expect(out.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
