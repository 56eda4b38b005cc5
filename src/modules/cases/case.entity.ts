import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Unit } from '../units/unit.entity.js';
import { CaseState } from './case-state.js';
import { ClueSource, ConductCategory, ToleranceOrigin } from './case.enums.js';

@Entity('cases')
@Index('idx_cases_created_id', { synchronize: false }) // (created_at DESC, id DESC) for keyset pages
@Index(['handlingUnitId', 'createdAt'])
export class Case {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Human reference, e.g. 'YY-2026-0007'. */
  @Column({ type: 'varchar', length: 40, unique: true }) caseNumber: string;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ type: 'text' }) summary: string;
  @Index() @Column({ type: 'enum', enum: CaseState, enumName: 'case_state' }) state: CaseState;

  @Column({ type: 'enum', enum: ClueSource, enumName: 'clue_source' }) clueSource: ClueSource;
  @Column({ type: 'date' }) clueReceivedOn: string;
  @Column({ type: 'enum', enum: ConductCategory, enumName: 'conduct_category' }) conductCategory: ConductCategory;
  /** Item code in CONDUCT_INACTION_YY / CONDUCT_MISCONDUCT_YY. */
  @Column({ type: 'varchar', length: 64, nullable: true }) conductSituationCode: string | null;

  /** Reporter identity: confidential, visible to the handling discipline body only. */
  @Column({ type: 'varchar', length: 100, nullable: true }) reporterName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) reporterContact: string | null;

  /** 问责实施机关: investigates, and decides tolerance for this case ("谁问责谁容错"). */
  @Index() @Column({ type: 'uuid' }) handlingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'handling_unit_id' }) handlingUnit?: Relation<Unit>;
  /** The managing committee that decides collectively. */
  @Index() @Column({ type: 'uuid' }) decidingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'deciding_unit_id' }) decidingUnit?: Relation<Unit>;
  /** Set when a higher body took the case over (提级办理): the original handling body. */
  @Column({ type: 'uuid', nullable: true }) takenOverFromUnitId: string | null;
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'taken_over_from_unit_id' }) takenOverFromUnit?: Relation<Unit> | null;

  /** 报上级: the clue concerns a cadre managed above the registering body; that committee decides. */
  @Column({ type: 'uuid', nullable: true }) reportedUpToUnitId: string | null;
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'reported_up_to_unit_id' }) reportedUpToUnit?: Relation<Unit> | null;

  @Column({ type: 'enum', enum: ToleranceOrigin, enumName: 'tolerance_origin', nullable: true }) toleranceOrigin: ToleranceOrigin | null;
  /** 快速响应: a written tolerance application is handled with priority and shows in the due lists. */
  @Column({ type: 'boolean', default: false }) priority: boolean;
  @Column({ type: 'text', nullable: true }) dismissalReason: string | null;

  @Column({ type: 'timestamptz', nullable: true }) initiatedAt: Date | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) initiationApprovedBy: string | null;
  /** Deadlines are calendar dates (Asia/Shanghai), computed on working days. */
  @Column({ type: 'date', nullable: true }) recommendationDueOn: string | null;
  @Column({ type: 'boolean', default: false }) recommendationDeadlineExtended: boolean;
  @Column({ type: 'varchar', length: 100, nullable: true }) recommendationExtensionApprovedBy: string | null;
  @Column({ type: 'date', nullable: true }) recommendedOn: string | null;
  @Column({ type: 'date', nullable: true }) executionStartedOn: string | null;
  /** 反馈: the conclusion fed back to the subject; the archive deadline counts from it. */
  @Column({ type: 'date', nullable: true }) notifiedOn: string | null;
  @Column({ type: 'date', nullable: true }) archiveDueOn: string | null;
  @Column({ type: 'date', nullable: true }) archivedOn: string | null;
  /** Archived after archiveDueOn: recorded, never refused (the files must still be complete). */
  @Column({ type: 'boolean', nullable: true }) archivedLate: boolean | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;

  /** Optimistic concurrency: writes use UPDATE … WHERE version = $expected. */
  @Column({ type: 'integer', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date; // ms: exact in keyset cursors
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
