/**
 * A generic, pure finite-state machine (after Vendure's FSM): the definition is checked once,
 * when the module loads, so a broken workflow fails at start-up rather than on some later request;
 * an illegal move at run time is an ordinary typed result, never an exception.
 */

export interface TransitionDefinition<S extends string, E extends string> {
  event: E;
  from: readonly S[];
  to: S;
}

export interface StateMachineDefinition<S extends string, E extends string> {
  name: string;
  states: readonly S[];
  initial: S;
  terminal: readonly S[];
  transitions: readonly TransitionDefinition<S, E>[];
}

export type TransitionResult<S extends string, E extends string> =
  | { ok: true; from: S; to: S; event: E }
  | { ok: false; code: 'INVALID_TRANSITION'; from: S; event: E; allowed: E[]; message: string };

export interface StateMachine<S extends string, E extends string> {
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: S;
  readonly terminal: readonly S[];
  transition(from: S, event: E): TransitionResult<S, E>;
  /** Events accepted in `from`, in definition order; empty for terminal or unknown states. */
  allowedEvents(from: S): E[];
  canTransition(from: S, event: E): boolean;
  isTerminal(state: S): boolean;
}

function fail(name: string, problem: string): never {
  throw new Error(`Invalid state machine "${name}": ${problem}.`);
}

function validate<S extends string, E extends string>(def: StateMachineDefinition<S, E>): void {
  const { name } = def;
  if (!name) fail('(unnamed)', 'the name is empty');
  if (def.states.length === 0) fail(name, 'it has no states');
  const states = new Set<string>();
  for (const s of def.states) {
    if (!s) fail(name, 'a state name is empty');
    if (states.has(s)) fail(name, `state "${s}" is listed twice`);
    states.add(s);
  }
  const known = (s: string, where: string): void => {
    if (!states.has(s)) fail(name, `${where} refers to unknown state "${s}"`);
  };
  known(def.initial, 'the initial state');
  def.terminal.forEach((s) => known(s, 'the terminal list'));
  const terminal = new Set<string>(def.terminal);

  const pairs = new Set<string>();
  for (const t of def.transitions) {
    const label = `transition "${t.event}"`;
    if (!t.event) fail(name, 'a transition has an empty event name');
    if (t.from.length === 0) fail(name, `${label} has no source state`);
    known(t.to, label);
    for (const from of t.from) {
      known(from, label);
      if (terminal.has(from)) fail(name, `${label} leaves terminal state "${from}"`);
      // Two targets for one (state, event) would make the machine non-deterministic.
      const key = JSON.stringify([from, t.event]);
      if (pairs.has(key)) fail(name, `event "${t.event}" is defined twice from state "${from}"`);
      pairs.add(key);
    }
  }

  const reached = new Set<string>([def.initial]);
  const queue: string[] = [def.initial];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const t of def.transitions) {
      if ((t.from as readonly string[]).includes(s) && !reached.has(t.to)) {
        reached.add(t.to);
        queue.push(t.to);
      }
    }
  }
  const unreachable = def.states.filter((s) => !reached.has(s));
  if (unreachable.length > 0) {
    fail(name, `state(s) ${unreachable.map((s) => `"${s}"`).join(', ')} cannot be reached from "${def.initial}"`);
  }
}

/** Checks the definition (throws on a malformed one) and returns the machine. */
export function defineStateMachine<S extends string, E extends string>(
  def: StateMachineDefinition<S, E>,
): StateMachine<S, E> {
  validate(def);
  const name = def.name;
  const states = Object.freeze([...def.states]);
  const terminal = Object.freeze([...def.terminal]);
  const terminalSet = new Set<string>(terminal);
  // state → (event → target); built once, insertion order = definition order.
  const table = new Map<string, Map<E, S>>(states.map((s) => [s, new Map<E, S>()]));
  for (const t of def.transitions) {
    for (const from of t.from) table.get(from)?.set(t.event, t.to);
  }

  const allowedEvents = (from: S): E[] => [...(table.get(from)?.keys() ?? [])];

  const explain = (from: S, event: E, allowed: E[]): string => {
    const base = `The "${name}" state machine cannot apply event "${event}" in state "${from}"`;
    if (!table.has(from)) return `${base}: "${from}" is not a state of this machine.`;
    if (terminalSet.has(from)) return `${base}: "${from}" is a terminal state and accepts no events.`;
    if (allowed.length === 0) return `${base}: no events are defined for "${from}".`;
    return `${base}; allowed events there: ${allowed.join(', ')}.`;
  };

  return Object.freeze({
    name,
    states,
    initial: def.initial,
    terminal,
    transition(from: S, event: E): TransitionResult<S, E> {
      const to = table.get(from)?.get(event);
      if (to !== undefined) return { ok: true, from, to, event };
      const allowed = allowedEvents(from);
      return { ok: false, code: 'INVALID_TRANSITION', from, event, allowed, message: explain(from, event, allowed) };
    },
    allowedEvents,
    canTransition: (from: S, event: E): boolean => table.get(from)?.has(event) ?? false,
    isTerminal: (state: S): boolean => terminalSet.has(state),
  });
}
