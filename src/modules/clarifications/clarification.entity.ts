import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Case } from '../cases/case.entity.js';
import { ToleranceOrigin } from '../cases/case.enums.js';
import { Unit } from '../units/unit.entity.js';
import { ClarificationFinding, ClarificationMethod, ClarificationState, ReferralKind } from './clarification.enums.js';

/** 澄清正名 (DOMAIN.md §4): "谁核实谁澄清" — by the body that verified the report. */
@Entity('clarifications')
export class Clarification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid', nullable: true }) caseId: string | null;
  @ManyToOne(() => Case, { nullable: true, onDelete: 'SET NULL' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case> | null;
  @Index() @Column({ type: 'uuid' }) cadreId: string;
  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cadre_id' }) cadre?: Relation<Cadre>;
  /** The verifying body: the handling body of the case, when there is one. */
  @Index() @Column({ type: 'uuid' }) clarifyingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'clarifying_unit_id' }) clarifyingUnit?: Relation<Unit>;
  @Column({ type: 'enum', enum: ToleranceOrigin, enumName: 'clarification_origin' }) origin: ToleranceOrigin;
  @Index() @Column({ type: 'enum', enum: ClarificationState, enumName: 'clarification_state' }) state: ClarificationState;
  /** The verifying body's finding; none yet while an application waits. */
  @Column({ type: 'enum', enum: ClarificationFinding, enumName: 'clarification_finding', nullable: true }) finding: ClarificationFinding | null;
  /** The specific allegations cleared: clarification covers only these. */
  @Column({ type: 'text' }) allegations: string;
  /** A written application's basic facts and what it seeks (CCDI/NSC 2020). */
  @Column({ type: 'text', nullable: true }) basicFacts: string | null;
  @Column({ type: 'text', nullable: true }) sought: string | null;
  /** The day of the application, or of the ex officio opening. */
  @Column({ type: 'date' }) requestedOn: string;
  /** Ex officio: the day the cadre was consulted before the body opened it. */
  @Column({ type: 'date', nullable: true }) consultedOn: string | null;
  @Column({ type: 'date', nullable: true }) openedOn: string | null;
  @Column({ type: 'text', nullable: true }) refusalReason: string | null;
  @Column({ type: 'enum', enum: ClarificationMethod, enumName: 'clarification_method', array: true, default: () => "'{}'" }) methods: ClarificationMethod[];
  /** The audience where the report had spread, and where the clearing is made known. */
  @Column({ type: 'text', nullable: true }) scope: string | null;
  @Column({ type: 'date', nullable: true }) plannedOn: string | null;
  /** A public statement needs the cadre's written consent. */
  @Column({ type: 'date', nullable: true }) cadreConsentedOn: string | null;
  @Column({ type: 'date', nullable: true }) carriedOutOn: string | null;
  @Column({ type: 'date', nullable: true }) closedOn: string | null;
  /** When the next step is due: each step within 5 working days. */
  @Column({ type: 'date', nullable: true }) dueOn: string | null;
  /** 诬告陷害: the referral of the accuser. Confidential: the discipline body only. */
  @Column({ type: 'enum', enum: ReferralKind, enumName: 'clarification_referral_kind', nullable: true }) referralKind: ReferralKind | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) referralRecipient: string | null;
  @Column({ type: 'date', nullable: true }) referredOn: string | null;
  @Column({ type: 'text', nullable: true }) referralBasis: string | null;
  /** Optimistic concurrency: steps write with UPDATE … WHERE version = $expected. */
  @Column({ type: 'integer', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date; // ms: exact in keyset cursors
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
