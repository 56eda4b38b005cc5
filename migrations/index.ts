import { Initial1795316681932 } from './1795316681932-Initial.js';
import { CaseProcedure1796189850226 } from './1796189850226-CaseProcedure.js';
import { Supervision1796193770419 } from './1796193770419-Supervision.js';
import { RiskFilingProcedure1796193819777 } from './1796193819777-RiskFilingProcedure.js';
import { ClarificationProcedure1796193888719 } from './1796193888719-ClarificationProcedure.js';

/** Every migration, in order. Generated with `npm run migration:generate -- <Name>`, then reviewed. */
export const MIGRATIONS: Function[] = [Initial1795316681932, CaseProcedure1796189850226, Supervision1796193770419, RiskFilingProcedure1796193819777, ClarificationProcedure1796193888719];
