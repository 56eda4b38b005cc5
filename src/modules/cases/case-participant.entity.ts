import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Case } from './case.entity.js';

/** Delegates, experts and third parties invited into the investigation ([HN] §三(二)). */
@Entity('case_participants')
export class CaseParticipant {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case>;
  /** ParticipantKind: DELEGATE, EXPERT, THIRD_PARTY */
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 200 }) organisation: string;
  @Column({ type: 'varchar', length: 300 }) role: string;
  @Column({ type: 'date' }) invitedOn: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
