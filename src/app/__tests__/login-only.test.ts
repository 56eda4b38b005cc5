import { isLoginOnly } from '../login-only.js';

describe('isLoginOnly', () => {
  it('accepts a mutation that selects only login', () => {
    expect(isLoginOnly({ query: 'mutation { login(login: "a", password: "b") { accessToken } }' })).toBe(true);
    expect(isLoginOnly({ query: 'mutation L { __typename login(login: "a", password: "b") { accessToken } }', operationName: 'L' })).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isLoginOnly({ query: '{ me { login } }' })).toBe(false);
    expect(isLoginOnly({ query: 'mutation { login(login: "a", password: "b") { accessToken } other }' })).toBe(false);
    expect(isLoginOnly({ query: 'mutation { ...F } fragment F on Mutation { login(login: "a", password: "b") { accessToken } }' })).toBe(false);
    expect(isLoginOnly({ query: 'mutation A { login(login: "a", password: "b") { accessToken } } query B { me { login } }', operationName: 'B' })).toBe(false);
    expect(isLoginOnly({ query: 'mutation A { login(login: "a", password: "b") { accessToken } } query B { me { login } }' })).toBe(false);
    expect(isLoginOnly({ query: 'not graphql' })).toBe(false);
    expect(isLoginOnly(null)).toBe(false);
  });
});
