import fc from 'fast-check';
import { fromGlobalId, idOf, toGlobalId } from '../global-id.js';

describe('global ids', () => {
  it('round-trip any type and uuid', () => {
    fc.assert(fc.property(fc.constantFrom('Case', 'Unit', 'Cadre'), fc.uuid(), (type, id) => {
      expect(fromGlobalId(toGlobalId(type, id))).toEqual({ type, id });
    }));
  });

  it('reject garbage and ids of the wrong type with BAD_USER_INPUT', () => {
    expect(() => fromGlobalId('garbage')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(() => idOf('Case', toGlobalId('Unit', '00000000-0000-4000-8000-000000000000'))).toThrow(/Expected a Case id/);
    expect(() => fromGlobalId(Buffer.from("Case:1' OR '1'='1").toString('base64url'))).toThrow(/Not a valid id/);
  });
});
