/** 送达 · 执行 · 反馈与抄送 · 归档 (DOMAIN.md §2.1): the handling body carries the decision through. */
import type { EntityManager } from 'typeorm';
import { requireActDate } from '../../platform/errors/input-checks.js';
import { IsNull } from 'typeorm';
import { idOf } from '../../platform/graphql/global-id.js';
import type { AuthedContext } from '../../platform/request/request-context.js';
import { runStep } from '../../platform/write/write-path.js';
import { appealDeadline } from '../appeals/appeal-deadlines.js';
import { loadCalendar, todayInShanghai } from '../calendar/calendar.service.js';
import { Decision } from '../decisions/decision.entity.js';
import { DecisionStatus } from '../decisions/decision.enums.js';
import type { RuleRegime } from '../units/rule-regime.entity.js';
import { Unit } from '../units/unit.entity.js';
import { UnitKind } from '../units/unit.enums.js';
import { CaseCopy } from './case-copy.entity.js';
import type { Case } from './case.entity.js';
import { regimeAt, subjectFacts, unitOf, upperCommitteeOf, type SubjectFact } from './case-facts.js';
import { CASE_SUBJECT } from './case.policy.js';
import { stepAnswer } from './case.service.js';
import { nextState } from './case-step.rules.js';
import type { ArchiveInput, NotifyInput, ServeInput, StartExecutionInput } from './case-step.types.js';
import { CaseEvent, archiveDueDate } from './case.workflow.js';

/** Who may receive a copy (抄送), as the regimes' seeds name them ([BT] §(四)4, [YC]). */
export enum CopyRecipientRole {
  UNIT_PARTY_ORGANISATION = 'UNIT_PARTY_ORGANISATION', // the subject's unit's party organisation
  SUPERVISING_DEPARTMENT = 'SUPERVISING_DEPARTMENT', // 主管部门: the unit above the subject's unit
  UPPER_DEPARTMENT = 'UPPER_DEPARTMENT', // 上级部门: the committee above the deciding one
  ORGANISATION_HR = 'ORGANISATION_HR', // 组织人事部门 of the deciding region
  DISCIPLINE = 'DISCIPLINE', // 纪检监察机关 of the deciding region
  INSPECTION = 'INSPECTION', // 巡察机构
  AUDIT = 'AUDIT', // 审计部门
}

const REGION_BODY: Partial<Record<CopyRecipientRole, UnitKind[]>> = {
  ORGANISATION_HR: [UnitKind.ORGANISATION_DEPARTMENT, UnitKind.HUMAN_RESOURCES],
  DISCIPLINE: [UnitKind.DISCIPLINE_COMMISSION],
  INSPECTION: [UnitKind.INSPECTION],
  AUDIT: [UnitKind.AUDIT],
};

const step = (input: { caseId: string; version: number }) => ({ subject: CASE_SUBJECT, id: idOf('Case', input.caseId), expectedVersion: input.version });
const inForce = (caseId: string) => ({ caseId, status: DecisionStatus.IN_FORCE });

/** The recipients the regime configures, resolved in the deciding committee's region; a role with no such unit there is skipped. */
async function copyRecipients(manager: EntityManager, regime: RuleRegime, deciding: Unit, subjects: SubjectFact[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const departments = await manager.getRepository(Unit).findBy({ parentId: deciding.id });
  for (const role of regime.copyRecipientRoles as CopyRecipientRole[]) {
    if (role === CopyRecipientRole.UNIT_PARTY_ORGANISATION) subjects.forEach((s) => out.has(s.workUnitId) || out.set(s.workUnitId, role));
    else if (role === CopyRecipientRole.SUPERVISING_DEPARTMENT) {
      for (const s of subjects) {
        // A department head's 主管 is the deciding committee itself: it needs no copy of its own decision.
        const parent = (await unitOf(manager, s.workUnitId)).parentId;
        if (parent && parent !== deciding.id && !out.has(parent)) out.set(parent, role);
      }
    } else if (role === CopyRecipientRole.UPPER_DEPARTMENT) {
      const upper = await upperCommitteeOf(manager, deciding);
      if (upper && !out.has(upper.id)) out.set(upper.id, role);
    } else {
      const body = departments.find((d) => REGION_BODY[role]?.includes(d.kind));
      if (body && !out.has(body.id)) out.set(body.id, role);
    }
  }
  return out;
}

/** 送达: the appeal window of each decision in force counts from the day it was served. */
export function serve(ctx: AuthedContext, input: ServeInput) {
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'handle', auditAction: 'case.serve', input: { servedOn: input.servedOn },
    async rule(c) {
      const to = nextState(c.state, CaseEvent.SERVE);
      const decisions = await ctx.manager.getRepository(Decision).findBy({ ...inForce(c.id), servedOn: IsNull() });
      const decidedOn = decisions.map((d) => d.decidedOn).sort().at(-1) ?? null;
      requireActDate('servedOn', input.servedOn, todayInShanghai(), decidedOn);
      const regime = await regimeAt(ctx, await unitOf(ctx.manager, c.decidingUnitId));
      const appealDeadlineOn = appealDeadline(await loadCalendar(ctx), input.servedOn, regime);
      await ctx.manager.getRepository(Decision).update({ ...inForce(c.id), servedOn: IsNull() }, { servedOn: input.servedOn, appealDeadlineOn });
      return { from: c.state, to, event: CaseEvent.SERVE, set: { state: to }, detail: { appealDeadlineOn } };
    },
  }));
}

/** 执行: an appeal does not suspend it (DOMAIN.md §3). */
export function startExecution(ctx: AuthedContext, input: StartExecutionInput) {
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'handle', auditAction: 'case.start-execution', input: { startedOn: input.startedOn },
    async rule(c) {
      const to = nextState(c.state, CaseEvent.START_EXECUTION);
      const served = (await ctx.manager.getRepository(Decision).findBy(inForce(c.id))).map((d) => d.servedOn ?? '').sort().at(-1);
      requireActDate('startedOn', input.startedOn, todayInShanghai(), served);
      return { from: c.state, to, event: CaseEvent.START_EXECUTION, set: { state: to, execution_started_on: input.startedOn } };
    },
  }));
}

/** 反馈与抄送: the conclusion to the subject, copies to the regime's recipients (a copy grants them read access). */
export function notify(ctx: AuthedContext, input: NotifyInput) {
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'handle', auditAction: 'case.notify', input: { notifiedOn: input.notifiedOn },
    async rule(c) {
      const to = nextState(c.state, CaseEvent.NOTIFY);
      requireActDate('notifiedOn', input.notifiedOn, todayInShanghai(), c.executionStartedOn);
      const deciding = await unitOf(ctx.manager, c.decidingUnitId);
      const regime = await regimeAt(ctx, deciding);
      const recipients = await copyRecipients(ctx.manager, regime, deciding, await subjectFacts(ctx.manager, c.id));
      if (recipients.size > 0) {
        await ctx.manager.createQueryBuilder().insert().into(CaseCopy)
          .values([...recipients].map(([recipientUnitId, recipientRole]) => ({ caseId: c.id, recipientUnitId, recipientRole })))
          .orIgnore().execute();
      }
      const archiveDueOn = archiveDueDate(await loadCalendar(ctx), input.notifiedOn, regime);
      return {
        from: c.state, to, event: CaseEvent.NOTIFY, set: { state: to, notified_on: input.notifiedOn, archive_due_on: archiveDueOn },
        detail: { copies: [...recipients].map(([unitId, role]) => ({ unitId, role })), archiveDueOn },
      };
    },
  }));
}

/** 归档: into the personnel and integrity files; after the deadline it is recorded as late, never refused. */
export function archive(ctx: AuthedContext, input: ArchiveInput) {
  return stepAnswer(ctx, runStep(ctx, {
    ...step(input), action: 'handle', auditAction: 'case.archive', input: { archivedOn: input.archivedOn },
    rule(c) {
      const to = nextState(c.state, CaseEvent.ARCHIVE);
      requireActDate('archivedOn', input.archivedOn, todayInShanghai(), c.notifiedOn);
      const late = c.archiveDueOn !== null && input.archivedOn > c.archiveDueOn;
      return { from: c.state, to, event: CaseEvent.ARCHIVE, set: { state: to, archived_on: input.archivedOn, archived_late: late, closed_at: new Date() }, detail: { late } };
    },
  }));
}
