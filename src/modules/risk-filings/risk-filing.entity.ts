import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Unit } from '../units/unit.entity.js';
import { RiskFilingState } from './risk-filing.enums.js';

/** Proof of the decision procedure behind a risky decision (集体研究, 专家论证, 合法性审查, 风险评估). */
export interface DecisionProcedure {
  collectiveStudy: boolean;
  expertReview: boolean;
  legalReview: boolean;
  riskAssessment: boolean;
  notes?: string;
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
  /** 特事特办: needs same-level government consent and upper-department approval ([HN] §二(一)). */
  @Column({ type: 'boolean', default: false }) specialHandling: boolean;
  @Index() @Column({ type: 'enum', enum: RiskFilingState, enumName: 'risk_filing_state' }) state: RiskFilingState;
  @Column({ type: 'timestamptz' }) submittedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', nullable: true }) decisionNote: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date; // ms: exact in keyset cursors
}

/** A case that cites a filing on the same matter as a basis for tolerance. */
@Entity('case_risk_filings')
export class CaseRiskFiling {
  @PrimaryColumn({ type: 'uuid' }) caseId: string;
  @PrimaryColumn({ type: 'uuid' }) riskFilingId: string;
  @ManyToOne('Case', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: unknown;
  @ManyToOne(() => RiskFiling, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'risk_filing_id' }) riskFiling?: Relation<RiskFiling>;
}
