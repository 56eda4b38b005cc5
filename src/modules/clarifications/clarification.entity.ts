import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Case } from '../cases/case.entity.js';
import { ToleranceOrigin } from '../cases/case.enums.js';
import { Unit } from '../units/unit.entity.js';
import { ClarificationFinding, ClarificationMethod, ClarificationState } from './clarification.enums.js';

/** 澄清正名 (DOMAIN.md §4): "谁核实谁澄清" — by the body that verified the report. */
@Entity('clarifications')
export class Clarification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid', nullable: true }) caseId: string | null;
  @ManyToOne(() => Case, { nullable: true, onDelete: 'SET NULL' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case> | null;
  @Index() @Column({ type: 'uuid' }) cadreId: string;
  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cadre_id' }) cadre?: Relation<Cadre>;
  @Index() @Column({ type: 'uuid' }) clarifyingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'clarifying_unit_id' }) clarifyingUnit?: Relation<Unit>;
  @Column({ type: 'enum', enum: ToleranceOrigin, enumName: 'clarification_origin' }) origin: ToleranceOrigin;
  @Column({ type: 'enum', enum: ClarificationState, enumName: 'clarification_state' }) state: ClarificationState;
  @Column({ type: 'enum', enum: ClarificationFinding, enumName: 'clarification_finding' }) finding: ClarificationFinding;
  /** The specific allegations cleared: clarification covers only these. */
  @Column({ type: 'text' }) allegations: string;
  @Column({ type: 'enum', enum: ClarificationMethod, enumName: 'clarification_method', array: true, default: () => "'{}'" }) methods: ClarificationMethod[];
  /** Where it was made known: unit meeting, notice, public… */
  @Column({ type: 'text', nullable: true }) scope: string | null;
  @Column({ type: 'date' }) requestedOn: string;
  @Column({ type: 'date', nullable: true }) dueOn: string | null;
  @Column({ type: 'date', nullable: true }) clarifiedOn: string | null;
  /** 诬告陷害: a malicious false accusation, referred for handling of the accuser. */
  @Column({ type: 'boolean', default: false }) maliciousAccusation: boolean;
  @Column({ type: 'text', nullable: true }) referral: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date; // ms: exact in keyset cursors
}
