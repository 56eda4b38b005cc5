import { createMongoAbility } from '@casl/ability';
import type { AppAbility } from './ability.js';

/** An ability with no rules: what an unauthenticated request gets. Every scoped read is empty. */
export const createAbility = (): AppAbility => createMongoAbility([]) as AppAbility;
