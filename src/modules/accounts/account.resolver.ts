import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { appendAudit } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/authz/actor.js';
import { Authenticated, Public } from '../../platform/authz/permission.js';
import { DomainError, ErrorCode } from '../../platform/errors/domain-error.js';
import { cadreNode } from '../cadres/cadre.resolver.js';
import { CadreNode } from '../cadres/cadre.types.js';
import { loadUnitNode } from '../units/unit.resolver.js';
import { UnitNode } from '../units/unit.types.js';
import { LoginPayload, MeNode, RoleGrantNode } from './account.types.js';
import { checkCredentialInput, login } from './authentication.service.js';

type MeSource = MeNode & { actor: Actor };

@Resolver(() => MeNode)
export class AccountResolver {
  @Query(() => MeNode, { description: '当前身份. Who you are: your account and role grants, or your API token.' })
  // Any authenticated actor may ask who it is: no subject rule is needed.
  @Authenticated()
  me(@Ctx() ctx: RequestContext): MeSource {
    const { actor } = requireAuthed(ctx);
    return actor.kind === 'account'
      ? { kind: 'ACCOUNT', login: actor.login, displayName: actor.displayName, scopes: [], actor }
      : { kind: 'API_TOKEN', login: null, displayName: actor.name, scopes: actor.scopes as MeNode['scopes'], actor };
  }

  @FieldResolver(() => [RoleGrantNode], { description: '角色授权. Role grants.' })
  grants(@Root() me: MeSource) {
    return me.actor.kind === 'account' ? me.actor.grants.map((g) => ({ role: g.role, unitId: g.unitId })) : [];
  }

  @FieldResolver(() => CadreNode, { nullable: true, description: '本人干部档案（干部自助账号）. Your own cadre record, for self-service accounts.' })
  async cadre(@Root() me: MeSource, @Ctx() ctx: RequestContext) {
    if (me.actor.kind !== 'account' || !me.actor.cadreId) return null;
    const cadre = await ctx.loaders.cadre.load(me.actor.cadreId);
    return cadre ? cadreNode(cadre) : null;
  }

  @Mutation(() => LoginPayload, { description: '登录，获取访问令牌. Sign in with login and password; returns an access token.' })
  @Public()
  async login(@Ctx() ctx: RequestContext, @Arg('login', { description: '登录名. Login.' }) loginName: string, @Arg('password', { description: '密码. Password.' }) password: string): Promise<LoginPayload> {
    // Bounded input first (nothing unbounded reaches the audit log or the throttle's memory), then
    // the attempt is paid for before the password is verified.
    checkCredentialInput(loginName, password);
    const attempt = await ctx.loginThrottle.attempt(loginName, ctx.clientAddress);
    const result = await login(ctx.manager, ctx.jwt, loginName, password);
    await appendAudit(ctx.manager, null, ctx.requestId, [{ action: result ? 'login' : 'login-failed', subjectType: 'Account', subjectId: result?.accountId ?? null, detail: { login: loginName, client: ctx.clientAddress } }]);
    if (!result) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong login or password');
    await attempt.succeeded();
    return { accessToken: result.token, expiresAt: result.expiresAt };
  }
}

@Resolver(() => RoleGrantNode)
export class RoleGrantResolver {
  @FieldResolver(() => UnitNode, { nullable: true, description: '授权所在单位. The unit of the grant.' })
  unit(@Root() g: { unitId: string }, @Ctx() ctx: RequestContext) {
    return loadUnitNode(ctx, g.unitId);
  }
}
