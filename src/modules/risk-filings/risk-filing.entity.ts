import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Unit } from '../units/unit.entity.js';
import { FilingAttachmentKind, RiskFilingEventKind, RiskFilingState, SpecialApprovalKind } from './risk-filing.enums.js';

/** Proof of the decision procedure behind a risky decision (集体研究, 专家论证, 合法性审查, 风险评估). */
export interface DecisionProcedure {
  collectiveStudy: boolean;
  expertReview: boolean;
  legalReview: boolean;
  riskAssessment: boolean;
  notes?: string;
}

/** An attached document, as metadata: the file itself is kept by the filing unit. */
export interface FilingAttachment {
  name: string;
  kind: FilingAttachmentKind;
  sizeBytes: number;
  sha256: string;
}

/** One approval a 特事特办 filing needs before implementation. */
export interface SpecialApproval {
  kind: SpecialApprovalKind;
  /** Who approved: the government or the upper department, by name. */
  approvedBy: string;
  approvedOn: string;
  documentNumber?: string;
}

/** 前瞻性决策风险事前报备 (DOMAIN.md §5). */
@Entity('risk_filings')
export class RiskFiling {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 40, unique: true }) filingNumber: string;
  @Index() @Column({ type: 'uuid' }) filingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'filing_unit_id' }) filingUnit?: Relation<Unit>;
  @Column({ type: 'uuid', nullable: true }) filerCadreId: string | null;
  @ManyToOne(() => Cadre, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'filer_cadre_id' }) filerCadre?: Relation<Cadre> | null;
  /** The filing office that accepts, returns or refuses. */
  @Index() @Column({ type: 'uuid' }) receivingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'receiving_unit_id' }) receivingUnit?: Relation<Unit>;
  /** The discipline body that supervises jointly. */
  @Column({ type: 'uuid', nullable: true }) supervisingUnitId: string | null;
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'supervising_unit_id' }) supervisingUnit?: Relation<Unit> | null;
  @Column({ type: 'varchar', length: 300 }) matter: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text' }) riskPoints: string;
  @Column({ type: 'text' }) preventionMeasures: string;
  @Column({ type: 'jsonb' }) decisionProcedure: DecisionProcedure;
  @Column({ type: 'jsonb', default: () => "'[]'" }) attachments: FilingAttachment[];
  /** 特事特办: needs same-level government consent and upper-department approval ([HN] §二(一)). */
  @Column({ type: 'boolean', default: false }) specialHandling: boolean;
  @Column({ type: 'jsonb', default: () => "'[]'" }) specialApprovals: SpecialApproval[];
  /** When the decision is to be carried out; for 特事特办 never before its approvals. */
  @Column({ type: 'date', nullable: true }) implementationOn: string | null;
  @Index() @Column({ type: 'enum', enum: RiskFilingState, enumName: 'risk_filing_state' }) state: RiskFilingState;
  @Column({ type: 'timestamptz' }) submittedAt: Date;
  /** The date of the (latest) submission: the office's working days count from it. */
  @Column({ type: 'date' }) submittedOn: string;
  /** The office answers by this day (the regime's working days); null once answered. */
  @Index() @Column({ type: 'date', nullable: true }) dueOn: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  /** The office's note: what is missing (returned), the reasons (refused), remarks (accepted). */
  @Column({ type: 'text', nullable: true }) decisionNote: string | null;
  @Column({ type: 'text', nullable: true }) revocationReason: string | null;
  @Column({ type: 'integer', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date; // ms: exact in keyset cursors
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** Each state change of a filing with the day it took effect: the state on any date is read from here. */
@Entity('risk_filing_events')
@Index(['riskFilingId', 'seq'], { unique: true })
export class RiskFilingHistoryEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) riskFilingId: string;
  @ManyToOne(() => RiskFiling, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'risk_filing_id' }) riskFiling?: Relation<RiskFiling>;
  /** 1, 2, …: the order of changes made on the same day. */
  @Column({ type: 'smallint' }) seq: number;
  @Column({ type: 'varchar', length: 20 }) event: RiskFilingEventKind;
  @Column({ type: 'varchar', length: 20 }) toState: RiskFilingState;
  @Column({ type: 'date' }) effectiveOn: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** The body that acted: the filing unit, the office, or the discipline body. */
  @Column({ type: 'uuid', nullable: true }) actingUnitId: string | null;
  @Column({ type: 'uuid', nullable: true }) recordedByAccountId: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}

/** A case that cites a filing on the same matter as a basis for tolerance. */
@Entity('case_risk_filings')
export class CaseRiskFiling {
  @PrimaryColumn({ type: 'uuid' }) caseId: string;
  @PrimaryColumn({ type: 'uuid' }) riskFilingId: string;
  @ManyToOne('Case', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: unknown;
  @ManyToOne(() => RiskFiling, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'risk_filing_id' }) riskFiling?: Relation<RiskFiling>;
  /** When the conduct the filing covers took place; null: not recorded, the clue's date stands in. */
  @Column({ type: 'date', nullable: true }) conductOn: string | null;
  @Column({ type: 'uuid', nullable: true }) citedByAccountId: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) citedAt: Date;
}
