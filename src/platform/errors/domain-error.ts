import { GraphQLError } from 'graphql';

/** Stable error codes clients can switch on (extensions.code). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  INVALID_CURSOR = 'INVALID_CURSOR',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  // Domain refusals of the case procedure (DOMAIN.md §2–§3).
  STATEMENT_REQUIRED = 'STATEMENT_REQUIRED',
  EXCLUSION_BLOCKS_TOLERANCE = 'EXCLUSION_BLOCKS_TOLERANCE',
  OUTSIDE_AUTHORITY = 'OUTSIDE_AUTHORITY',
  APPEAL_WINDOW_CLOSED = 'APPEAL_WINDOW_CLOSED',
  // 特事特办 without its approvals, or implemented before them (DOMAIN.md §5, [HN] §二(一)2).
  SPECIAL_HANDLING_NOT_APPROVED = 'SPECIAL_HANDLING_NOT_APPROVED',
  // Refusals of the clarification procedure (DOMAIN.md §4, §8).
  NOT_ELIGIBLE_FOR_CLARIFICATION = 'NOT_ELIGIBLE_FOR_CLARIFICATION',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  // Transport level: the HTTP request itself is unusable.
  BAD_REQUEST = 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INTERNAL = 'INTERNAL_SERVER_ERROR',
}

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError(ErrorCode.FORBIDDEN, message);
export const badInput = (message: string, extra: Record<string, unknown> = {}) => new DomainError(ErrorCode.BAD_USER_INPUT, message, extra);
export const conflict = (what: string) => new DomainError(ErrorCode.CONFLICT, `${what} was changed by someone else: read it again and retry`);
