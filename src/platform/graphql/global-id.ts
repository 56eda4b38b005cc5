import { badInput } from '../errors/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Relay global ids: base64url('Type:uuid'). Opaque to clients, typed for `node(id)`. */
export const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

export function fromGlobalId(globalId: string): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep <= 0 || !UUID.test(id)) throw badInput(`Not a valid id: ${globalId}`, { argument: 'id' });
  return { type, id };
}

/** The uuid behind a global id that must be of `type`. */
export function idOf(type: string, globalId: string): string {
  const parsed = fromGlobalId(globalId);
  if (parsed.type !== type) throw badInput(`Expected a ${type} id`, { argument: 'id' });
  return parsed.id;
}
