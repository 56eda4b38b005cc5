import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/graphql/node.js';
import { CadreRank } from './cadre.enums.js';

registerEnumType(CadreRank, { name: 'CadreRank', description: '职级. Rank, highest first.' });

@ObjectType('Cadre', { implements: Node, description: '干部. A cadre holding a post in a unit.' })
export class CadreNode extends Node {
  @Field({ description: '姓名. Name.' }) name: string;
  @Field({ description: '职务. Post.' }) post: string;
  @Field(() => CadreRank, { description: '职级. Rank.' }) rank: CadreRank;
  @Field({ description: '是否垂直管理. Whether vertically managed (垂直管理).' }) verticallyManaged: boolean;
}

@InputType({ description: '干部查询条件. Filter for cadres.' })
export class CadreFilter {
  @Field(() => String, { nullable: true, description: '所在单位及其下级. In this unit or below.' }) withinUnitId?: string;
  @Field(() => String, { nullable: true, description: '管理权限所属党委. Managed by this committee.' }) managingCommitteeId?: string;
  @Field(() => String, { nullable: true, description: '姓名包含. Name contains.' }) nameContains?: string;
}
