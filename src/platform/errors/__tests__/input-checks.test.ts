import { requireNotFuture, requireText } from '../input-checks.js';

describe('input checks', () => {
  it('requires 1..max characters, counting a Chinese character (or an astral one) once', () => {
    expect(requireText('grounds', '认定不清', 4)).toBe('认定不清');
    expect(requireText('grounds', '𠀋𠀋', 2)).toBe('𠀋𠀋');
    expect(() => requireText('grounds', '认定不清！', 4)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'grounds' }) }));
    expect(() => requireText('grounds', ' \n ', 4)).toThrow(/must not be empty/);
  });

  it('refuses a date after today only', () => {
    expect(() => requireNotFuture('filedOn', '2026-06-30', '2026-06-30')).not.toThrow();
    expect(() => requireNotFuture('filedOn', '2026-07-01', '2026-06-30')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'filedOn' }) }));
  });
});
