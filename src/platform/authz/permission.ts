import { Extensions, type MiddlewareFn } from 'type-graphql';
import type { GraphQLField } from 'graphql';
import { DomainError, ErrorCode, forbidden } from '../errors/domain-error.js';
import type { Action, AppAbility, SubjectName } from './ability.js';
import type { Actor } from './actor.js';

export interface PermissionDeclaration {
  /** 'public': no token needed (login only); 'authenticated': any valid token (me). */
  action: Action | 'public' | 'authenticated';
  subject: SubjectName | null;
}

/** Declares what a query or mutation needs: the actor must hold some rule for (action, subject). */
export const Can = (action: Action, subject: SubjectName) => Extensions({ permission: { action, subject } satisfies PermissionDeclaration });
/** Declares a root field that any valid token may call (only `me`). */
export const Authenticated = () => Extensions({ permission: { action: 'authenticated', subject: null } satisfies PermissionDeclaration });
/** Declares a root field that needs no token (only `login`). */
export const Public = () => Extensions({ permission: { action: 'public', subject: null } satisfies PermissionDeclaration });

interface PermissionContext {
  actor: Actor | null;
  ability: AppAbility | null;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export function declaredPermission(field: GraphQLField<unknown, unknown> | undefined): PermissionDeclaration | undefined {
  return field?.extensions?.permission as PermissionDeclaration | undefined;
}

/**
 * Global middleware: every root field must declare a permission, and the actor must hold it.
 * An undeclared field is refused, so a forgotten declaration fails closed.
 */
export const enforceDeclaredPermission: MiddlewareFn<PermissionContext> = async ({ info, context }, next) => {
  if (!ROOT_TYPES.has(info.parentType.name)) return next();
  const declared = declaredPermission(info.parentType.getFields()[info.fieldName]);
  if (!declared) throw forbidden(`${info.parentType.name}.${info.fieldName} declares no permission and is refused`);
  if (declared.action === 'public') return next();
  if (!context.actor || !context.ability) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Authentication required');
  if (declared.action === 'authenticated') return next();
  if (!context.ability.can(declared.action, declared.subject!)) throw forbidden();
  return next();
};
