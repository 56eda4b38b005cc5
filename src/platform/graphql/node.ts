import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id.js';

/** Fields every node carries besides its GraphQL ones: the database id and the type name. */
export interface NodeSource {
  __typename: string;
  dbId: string;
}

@InterfaceType('Node', {
  description: '可按全局ID获取的对象. An object with a global id, fetchable with `node(id)`.',
  resolveType: (value: NodeSource) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: '全局ID. Global id.' }) id: string;
}

/** An entity as the source of its GraphQL type: global id, plus the raw columns resolvers need. */
export function asNode<E extends { id: string }>(typename: string, entity: E): E & NodeSource {
  return { ...entity, id: toGlobalId(typename, entity.id), dbId: entity.id, __typename: typename };
}
