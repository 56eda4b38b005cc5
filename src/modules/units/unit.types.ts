import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/graphql/node.js';
import { UnitKind, UnitLevel } from './unit.enums.js';

registerEnumType(UnitKind, { name: 'UnitKind', description: '单位类别. What a unit is: party committee, discipline commission, department…' });
registerEnumType(UnitLevel, { name: 'UnitLevel', description: '层级：省、市、县、乡. Level: province, city, county, township.' });

@ObjectType('Unit', { implements: Node, description: '单位（组织树中的节点）. A unit: a node of the organisation tree.' })
export class UnitNode extends Node {
  @Field({ description: '单位代码. Unit code.' }) code: string;
  @Field({ description: '名称. Name.' }) name: string;
  @Field(() => String, { nullable: true, description: '英文名称. English name.' }) nameEn: string | null;
  @Field(() => UnitKind, { description: '类别. Kind.' }) kind: UnitKind;
  @Field(() => UnitLevel, { description: '层级. Level.' }) level: UnitLevel;
  @Field(() => Int, { description: '在树中的深度（省为0）. Depth in the tree (province = 0).' }) depth: number;
}

@InputType({ description: '单位查询条件. Filter for units.' })
export class UnitFilter {
  @Field(() => String, { nullable: true, description: '上级单位ID（仅直接下级）. Parent unit id (direct children only).' }) parentId?: string;
  @Field(() => String, { nullable: true, description: '此单位及其全部下级. This unit and its whole subtree.' }) withinId?: string;
  @Field(() => [UnitKind], { nullable: true, description: '类别. Kinds.' }) kinds?: UnitKind[];
  @Field(() => UnitLevel, { nullable: true, description: '层级. Level.' }) level?: UnitLevel;
  @Field(() => String, { nullable: true, description: '名称包含. Name contains.' }) nameContains?: string;
}
