import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ApiScope, Role } from './role.js';

registerEnumType(Role, { name: 'Role', description: '角色. A role held at a unit.' });
registerEnumType(ApiScope, { name: 'ApiScope', description: '接口令牌权限范围. What an API token may read.' });

@ObjectType('RoleGrant', { description: '在某单位的角色. A role held at a unit.' })
export class RoleGrantNode {
  @Field(() => Role, { description: '角色. Role.' }) role: Role;
}

@ObjectType('Me', { description: '当前身份（账号或接口令牌）. Who is asking: an account or an API token.' })
export class MeNode {
  @Field({ description: '类别：ACCOUNT 或 API_TOKEN. ACCOUNT or API_TOKEN.' }) kind: string;
  @Field(() => String, { nullable: true, description: '登录名. Login.' }) login: string | null;
  @Field({ description: '显示名称. Display name.' }) displayName: string;
  @Field(() => [ApiScope], { description: '令牌权限范围（账号为空）. Token scopes (empty for accounts).' }) scopes: ApiScope[];
}

@ObjectType('LoginPayload', { description: '登录结果. Result of a login.' })
export class LoginPayload {
  @Field({ description: '访问令牌（JWT）. Access token (JWT), sent as `Authorization: Bearer …`.' }) accessToken: string;
  @Field(() => Date, { description: '过期时间. Expires at.' }) expiresAt: Date;
}
