import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Case } from './case.entity.js';

/** 书面申请: a written tolerance application by the cadre or their unit; it cannot be refused at intake. */
@Entity('tolerance_applications')
@Check('chk_tolerance_applicant', `applicant_cadre_id IS NOT NULL OR applicant_unit_id IS NOT NULL`)
export class ToleranceApplication {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case>;
  @Column({ type: 'uuid', nullable: true }) applicantCadreId: string | null;
  @ManyToOne(() => Cadre, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'applicant_cadre_id' }) applicantCadre?: Relation<Cadre> | null;
  @Column({ type: 'uuid', nullable: true }) applicantUnitId: string | null;
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'applicant_unit_id' }) applicantUnit?: Relation<Unit> | null;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'date' }) submittedOn: string;
  @Column({ type: 'uuid', nullable: true }) submittedByAccountId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
