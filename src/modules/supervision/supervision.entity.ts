import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Unit } from '../units/unit.entity.js';
import {
  RectificationPlanState, SupervisionKind, SupervisionProposalKind, SupervisionProposalState, SupervisionSituation,
} from './supervision.enums.js';

/**
 * 督查问效 ([YC]): a work reminder (工作提醒) or work interview (工作约谈) recorded against a cadre
 * or a unit. An interview carries the interviewee's rectification plan (整改方案) on the same row,
 * so every step on it is one versioned write.
 */
@Entity('supervision_records')
@Index(['cadreId', 'heldOn'])
@Check('chk_supervision_interview', `("kind" = 'INTERVIEW') = ("plan_state" IS NOT NULL AND "interviewer" IS NOT NULL AND "plan_due_on" IS NOT NULL)`)
export class SupervisionRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'enum', enum: SupervisionKind, enumName: 'supervision_kind' }) kind: SupervisionKind;
  @Column({ type: 'enum', enum: SupervisionSituation, enumName: 'supervision_situation' }) situation: SupervisionSituation;
  @Column({ type: 'text' }) reason: string;
  /** The day of the interview, or the day the reminder letter (提醒函) was issued. */
  @Column({ type: 'date' }) heldOn: string;
  /** 主约谈人: the committee's or government's leader who led the interview; none for a reminder. */
  @Column({ type: 'varchar', length: 100, nullable: true }) interviewer: string | null;
  /** 经报批 / 经主要领导同意: who approved the reminder or the interview. */
  @Column({ type: 'varchar', length: 100 }) approvedBy: string;

  /** The body that recorded it (the organisation department keeps the interview record, [YC]). */
  @Index() @Column({ type: 'uuid' }) recordingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'recording_unit_id' }) recordingUnit?: Relation<Unit>;
  /** The cadre interviewed or reminded; null when the record is against a unit. */
  @Column({ type: 'uuid', nullable: true }) cadreId: string | null;
  @ManyToOne(() => Cadre, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cadre_id' }) cadre?: Relation<Cadre> | null;
  /** The unit whose work was supervised: the unit targeted, or the cadre's unit at the time. */
  @Index() @Column({ type: 'uuid' }) targetUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'target_unit_id' }) targetUnit?: Relation<Unit>;
  /** 干部管理权限 at the time: the committee that would decide a 诫勉 or 组织处理. */
  @Index() @Column({ type: 'uuid' }) managingCommitteeId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'managing_committee_id' }) managingCommittee?: Relation<Unit>;
  @Column({ type: 'uuid', nullable: true }) recordedByAccountId: string | null;

  @Column({ type: 'enum', enum: RectificationPlanState, enumName: 'rectification_plan_state', nullable: true }) planState: RectificationPlanState | null;
  @Column({ type: 'date', nullable: true }) planDueOn: string | null;
  @Column({ type: 'text', nullable: true }) planContent: string | null;
  @Column({ type: 'date', nullable: true }) planSubmittedOn: string | null;
  /** Submitted after the due date: recorded, never refused. */
  @Column({ type: 'boolean', nullable: true }) planLate: boolean | null;
  @Column({ type: 'date', nullable: true }) planReviewedOn: string | null;
  @Column({ type: 'text', nullable: true }) planReviewNote: string | null;

  /** Optimistic concurrency: steps use UPDATE … WHERE version = $expected. */
  @Column({ type: 'integer', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date; // ms: exact in keyset cursors
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/**
 * [YC] 约谈结果运用: the second interview of a cadre in a calendar year proposes 诫勉, the third
 * (and later) 组织处理; the cadre's managing committee confirms or rejects.
 */
@Entity('supervision_proposals')
@Index(['cadreId', 'year'])
export class SupervisionProposal {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'enum', enum: SupervisionProposalKind, enumName: 'supervision_proposal_kind' }) kind: SupervisionProposalKind;
  @Index() @Column({ type: 'enum', enum: SupervisionProposalState, enumName: 'supervision_proposal_state', default: SupervisionProposalState.PROPOSED }) state: SupervisionProposalState;
  @Column({ type: 'uuid' }) cadreId: string;
  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cadre_id' }) cadre?: Relation<Cadre>;
  /** The calendar year whose interviews were counted. */
  @Column({ type: 'smallint' }) year: number;
  /** How many interviews of the cadre that year, the proposing one included. */
  @Column({ type: 'smallint' }) interviewCount: number;
  /** The interview that made the count reach the threshold. */
  @Index() @Column({ type: 'uuid' }) triggeredByRecordId: string;
  @ManyToOne(() => SupervisionRecord, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'triggered_by_record_id' }) triggeredBy?: Relation<SupervisionRecord>;
  /** The day of that interview. */
  @Column({ type: 'date' }) proposedOn: string;
  /** The cadre's managing committee, which decides. */
  @Index() @Column({ type: 'uuid' }) decidingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'deciding_unit_id' }) decidingUnit?: Relation<Unit>;
  /** The cadre's unit at the time (its party organisation reads the proposal). */
  @Index() @Column({ type: 'uuid' }) targetUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'target_unit_id' }) targetUnit?: Relation<Unit>;
  @Column({ type: 'date', nullable: true }) decidedOn: string | null;
  @Column({ type: 'text', nullable: true }) decisionNote: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedByAccountId: string | null;

  @Column({ type: 'integer', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
