import fc from 'fast-check';
import { type StateMachineDefinition, defineStateMachine } from '../state-machine.js';

type Door = 'OPEN' | 'CLOSED' | 'LOCKED' | 'REMOVED';
type DoorEvent = 'OPEN' | 'CLOSE' | 'LOCK' | 'UNLOCK' | 'REMOVE';

const doorDef: StateMachineDefinition<Door, DoorEvent> = {
  name: 'door',
  states: ['OPEN', 'CLOSED', 'LOCKED', 'REMOVED'],
  initial: 'CLOSED',
  terminal: ['REMOVED'],
  transitions: [
    { event: 'OPEN', from: ['CLOSED'], to: 'OPEN' },
    { event: 'CLOSE', from: ['OPEN'], to: 'CLOSED' },
    { event: 'LOCK', from: ['CLOSED'], to: 'LOCKED' },
    { event: 'UNLOCK', from: ['LOCKED'], to: 'CLOSED' },
    { event: 'REMOVE', from: ['OPEN', 'CLOSED'], to: 'REMOVED' },
  ],
};
const door = defineStateMachine(doorDef);

const withDef = (patch: Partial<StateMachineDefinition<string, string>>) => () =>
  defineStateMachine<string, string>({ ...doorDef, ...patch });

describe('defineStateMachine: run time', () => {
  it('exposes its definition', () => {
    expect(door.name).toBe('door');
    expect(door.initial).toBe('CLOSED');
    expect(door.states).toEqual(['OPEN', 'CLOSED', 'LOCKED', 'REMOVED']);
    expect(door.terminal).toEqual(['REMOVED']);
    expect(Object.isFrozen(door)).toBe(true);
  });

  it('performs a legal transition', () => {
    expect(door.transition('CLOSED', 'OPEN')).toEqual({ ok: true, from: 'CLOSED', to: 'OPEN', event: 'OPEN' });
    expect(door.transition('OPEN', 'REMOVE')).toEqual({ ok: true, from: 'OPEN', to: 'REMOVED', event: 'REMOVE' });
  });

  it('refuses an illegal transition with a typed result instead of throwing', () => {
    const result = door.transition('LOCKED', 'OPEN');
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      from: 'LOCKED',
      event: 'OPEN',
      allowed: ['UNLOCK'],
      message: 'The "door" state machine cannot apply event "OPEN" in state "LOCKED"; allowed events there: UNLOCK.',
    });
  });

  it('explains a refusal in a terminal state', () => {
    const result = door.transition('REMOVED', 'OPEN');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.allowed).toEqual([]);
      expect(result.message).toBe(
        'The "door" state machine cannot apply event "OPEN" in state "REMOVED": "REMOVED" is a terminal state and accepts no events.',
      );
    }
  });

  it('refuses, without throwing, a state or event it does not know (e.g. a corrupt stored value)', () => {
    const badState = door.transition('AJAR' as Door, 'CLOSE');
    expect(badState).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', allowed: [] });
    if (!badState.ok) expect(badState.message).toContain('"AJAR" is not a state of this machine');
    expect(door.transition('OPEN', 'KICK' as DoorEvent)).toMatchObject({ ok: false, allowed: ['CLOSE', 'REMOVE'] });
    expect(door.allowedEvents('AJAR' as Door)).toEqual([]);
    expect(door.canTransition('AJAR' as Door, 'OPEN')).toBe(false);
  });

  it('lists allowed events in definition order and returns a fresh array', () => {
    expect(door.allowedEvents('CLOSED')).toEqual(['OPEN', 'LOCK', 'REMOVE']);
    door.allowedEvents('CLOSED').push('CLOSE');
    expect(door.allowedEvents('CLOSED')).toEqual(['OPEN', 'LOCK', 'REMOVE']);
    expect(door.allowedEvents('REMOVED')).toEqual([]);
  });

  it('answers canTransition and isTerminal', () => {
    expect(door.canTransition('CLOSED', 'LOCK')).toBe(true);
    expect(door.canTransition('OPEN', 'LOCK')).toBe(false);
    expect(door.isTerminal('REMOVED')).toBe(true);
    expect(door.isTerminal('CLOSED')).toBe(false);
  });

  it('is not affected by later mutation of the definition object', () => {
    const def = { ...doorDef, states: [...doorDef.states], transitions: doorDef.transitions.map((t) => ({ ...t })) };
    const m = defineStateMachine(def);
    def.transitions[0]!.to = 'LOCKED';
    def.states.pop();
    expect(m.transition('CLOSED', 'OPEN')).toMatchObject({ ok: true, to: 'OPEN' });
    expect(m.states).toHaveLength(4);
  });

  it('agrees with the definition for every (state, event) pair (property)', () => {
    const states = fc.constantFrom<Door>(...doorDef.states);
    const events = fc.constantFrom<DoorEvent>('OPEN', 'CLOSE', 'LOCK', 'UNLOCK', 'REMOVE');
    fc.assert(
      fc.property(states, events, (s, e) => {
        const t = doorDef.transitions.find((x) => x.event === e && x.from.includes(s));
        const result = door.transition(s, e);
        expect(result.ok).toBe(t !== undefined);
        expect(door.canTransition(s, e)).toBe(result.ok);
        expect(door.allowedEvents(s).includes(e)).toBe(result.ok);
        if (result.ok) expect(result.to).toBe(t?.to);
        else expect(result.allowed).toEqual(door.allowedEvents(s));
      }),
    );
  });

  it('never leaves the state set or a terminal state on any event sequence (property)', () => {
    const events = fc.array(fc.constantFrom<DoorEvent>('OPEN', 'CLOSE', 'LOCK', 'UNLOCK', 'REMOVE'), { maxLength: 30 });
    fc.assert(
      fc.property(events, (seq) => {
        let state: Door = door.initial;
        for (const e of seq) {
          const result = door.transition(state, e);
          if (door.isTerminal(state)) expect(result.ok).toBe(false);
          if (result.ok) state = result.to;
          expect(door.states).toContain(state);
        }
      }),
    );
  });
});

describe('defineStateMachine: definition checks', () => {
  it('accepts a machine with a single state and no transitions', () => {
    const m = defineStateMachine({ name: 'one', states: ['ONLY'], initial: 'ONLY', terminal: ['ONLY'], transitions: [] });
    expect(m.allowedEvents('ONLY')).toEqual([]);
  });

  it('throws on an unknown state in a transition', () => {
    expect(withDef({ transitions: [...doorDef.transitions, { event: 'KICK', from: ['OPEN'], to: 'BROKEN' }] })).toThrow(
      'Invalid state machine "door": transition "KICK" refers to unknown state "BROKEN".',
    );
    expect(withDef({ transitions: [...doorDef.transitions, { event: 'KICK', from: ['AJAR'], to: 'OPEN' }] })).toThrow(
      'unknown state "AJAR"',
    );
  });

  it('throws on an unknown initial or terminal state', () => {
    expect(withDef({ initial: 'AJAR' })).toThrow('the initial state refers to unknown state "AJAR"');
    expect(withDef({ terminal: ['GONE'] })).toThrow('the terminal list refers to unknown state "GONE"');
  });

  it('throws on a duplicate (from, event) pair', () => {
    expect(withDef({ transitions: [...doorDef.transitions, { event: 'OPEN', from: ['LOCKED', 'CLOSED'], to: 'OPEN' }] })).toThrow(
      'event "OPEN" is defined twice from state "CLOSED"',
    );
    expect(withDef({ transitions: [{ event: 'X', from: ['CLOSED', 'CLOSED'], to: 'OPEN' }] })).toThrow('defined twice');
  });

  it('throws on a transition out of a terminal state', () => {
    expect(withDef({ transitions: [...doorDef.transitions, { event: 'RESTORE', from: ['REMOVED'], to: 'CLOSED' }] })).toThrow(
      'transition "RESTORE" leaves terminal state "REMOVED"',
    );
  });

  it('throws on states unreachable from the initial state', () => {
    const noUnlockPath = doorDef.transitions.filter((t) => t.event !== 'LOCK');
    expect(withDef({ transitions: noUnlockPath })).toThrow('state(s) "LOCKED" cannot be reached from "CLOSED"');
    expect(withDef({ transitions: [] })).toThrow('state(s) "OPEN", "LOCKED", "REMOVED" cannot be reached');
  });

  it('throws on malformed lists and names', () => {
    expect(withDef({ name: '' })).toThrow('the name is empty');
    expect(withDef({ states: [] })).toThrow('it has no states');
    expect(withDef({ states: [...doorDef.states, 'OPEN'] })).toThrow('state "OPEN" is listed twice');
    expect(withDef({ transitions: [...doorDef.transitions, { event: 'KICK', from: [], to: 'OPEN' }] })).toThrow(
      'transition "KICK" has no source state',
    );
    expect(withDef({ transitions: [...doorDef.transitions, { event: '', from: ['OPEN'], to: 'OPEN' }] })).toThrow(
      'empty event name',
    );
  });

  it('explains a refusal in a non-terminal dead-end state', () => {
    const m = defineStateMachine({
      name: 'stuck', states: ['A', 'B'], initial: 'A', terminal: [], transitions: [{ event: 'GO', from: ['A'], to: 'B' }],
    });
    const result = m.transition('B', 'GO');
    expect(result).toMatchObject({ ok: false, allowed: [] });
    if (!result.ok) expect(result.message).toContain('no events are defined for "B"');
  });
});
