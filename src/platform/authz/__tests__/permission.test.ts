import 'reflect-metadata';
import { graphql } from 'graphql';
import { Query, Resolver, buildSchema } from 'type-graphql';
import { buildAbility } from '../ability.js';
import type { Actor } from '../actor.js';
import { Can, enforceDeclaredPermission } from '../permission.js';

@Resolver()
class ProbeResolver {
  @Query(() => String, { description: '未声明. Undeclared.' })
  undeclared() {
    return 'leaked';
  }

  @Query(() => String, { description: '需要读取案件. Needs read Case.' })
  @Can('read', 'Case')
  declared() {
    return 'ok';
  }
}

const actor: Actor = { kind: 'account', accountId: 'a', login: 'x', displayName: 'x', cadreId: null, grants: [] };

describe('enforceDeclaredPermission', () => {
  const schema = buildSchema({ resolvers: [ProbeResolver], globalMiddlewares: [enforceDeclaredPermission], validate: false });

  it('refuses a root field that declares no permission, even for a signed-in actor', async () => {
    const ability = buildAbility(actor, [(_a, { can }) => can('manage', 'all')]);
    const res = await graphql({ schema: await schema, source: '{ undeclared }', contextValue: { actor, ability } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('allows a declared field only when the actor holds a rule for it', async () => {
    const without = await graphql({ schema: await schema, source: '{ declared }', contextValue: { actor, ability: buildAbility(actor, []) } });
    expect(without.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withRule = await graphql({ schema: await schema, source: '{ declared }', contextValue: { actor, ability: buildAbility(actor, [(_a, { can }) => can('read', 'Case', { state: 'X' })]) } });
    expect(withRule.data).toEqual({ declared: 'ok' });
  });

  it('answers UNAUTHENTICATED when there is no actor', async () => {
    const res = await graphql({ schema: await schema, source: '{ declared }', contextValue: { actor: null, ability: null } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
