import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Case } from './case.entity.js';

/** Evidence gathered in the investigation (调查取证). */
@Entity('evidence')
export class Evidence {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case>;
  /** DOCUMENT, TESTIMONY, SITE_INSPECTION, EXPERT_OPINION, THIRD_PARTY_ASSESSMENT, OTHER */
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'date' }) collectedOn: string;
  @Column({ type: 'uuid', nullable: true }) recordedByAccountId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
