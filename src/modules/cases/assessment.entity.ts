import { Column, CreateDateColumn, UpdateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ToleranceOutcome } from '../decisions/decision.enums.js';
import { Case } from './case.entity.js';

/** One finding on one criterion of the jurisdiction's criteria set. */
export interface CriterionFinding {
  criterionCode: string;
  finding: string;
  favourable: boolean;
}

/** 综合研判: the tolerance assessment on the jurisdiction's criteria set (DOMAIN.md §2.2). */
@Entity('assessments')
export class Assessment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column({ type: 'uuid' }) caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case>;
  @Column({ type: 'varchar', length: 64 }) criteriaCatalogueCode: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) findings: CriterionFinding[];
  /** Item codes from a TOLERABLE_* catalogue that the facts match. */
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" }) tolerableSituationCodes: string[];
  /** Item codes from EXCLUSIONS_*: any one blocks a tolerance outcome. */
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" }) exclusionCodes: string[];
  /** Item codes from PRECONDITIONS_HN the facts do not meet; any one makes tolerance unavailable. */
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" }) unmetPreconditionCodes: string[];
  @Column({ type: 'boolean' }) preconditionsMet: boolean;
  /** The recommendation (建议): the tolerance outcome and measures the investigators propose. */
  @Column({ type: 'enum', enum: ToleranceOutcome, enumName: 'tolerance_outcome', nullable: true }) recommendedToleranceOutcome: ToleranceOutcome | null;
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" }) recommendedMeasureCodes: string[];
  @Column({ type: 'text' }) accountabilityOpinion: string;
  @Column({ type: 'text' }) toleranceOpinion: string;
  @Column({ type: 'uuid', nullable: true }) assessedByAccountId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
