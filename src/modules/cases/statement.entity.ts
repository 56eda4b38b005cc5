import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Case } from './case.entity.js';
import { CaseSubject } from './case-subject.entity.js';

/** 陈述申辩: the subject's statement and defence, mandatory before a decision ([YY] Art. 11). */
@Entity('statements')
export class Statement {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case>;
  @Index() @Column({ type: 'uuid' }) subjectId: string;
  @ManyToOne(() => CaseSubject, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'subject_id' }) subject?: Relation<CaseSubject>;
  /** STATEMENT (陈述) or DEFENCE (申辩) */
  @Column({ type: 'varchar', length: 16 }) kind: string;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'date' }) heardOn: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
