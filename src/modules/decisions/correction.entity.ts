import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Decision } from './decision.entity.js';
import { CorrectionStatus } from './decision.enums.js';

/** 纠错 ([YC]): correction requirements that come with a tolerance decision. */
@Entity('corrections')
export class Correction {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) decisionId: string;
  @ManyToOne(() => Decision, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  @Column({ type: 'text' }) requirements: string;
  @Column({ type: 'date' }) dueOn: string;
  @Column({ type: 'enum', enum: CorrectionStatus, enumName: 'correction_status', default: CorrectionStatus.PENDING }) status: CorrectionStatus;
  @Column({ type: 'date', nullable: true }) reportedOn: string | null;
  @Column({ type: 'text', nullable: true }) report: string | null;
  @Column({ type: 'date', nullable: true }) verifiedOn: string | null;
  @Column({ type: 'uuid', nullable: true }) verifiedByAccountId: string | null;
  @Column({ type: 'text', nullable: true }) verificationNote: string | null;
}
