import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Case } from './case.entity.js';
import { SubjectKind } from './case.enums.js';

/** A cadre or a unit that a case concerns. */
@Entity('case_subjects')
@Check('chk_case_subject_kind', `(kind = 'CADRE' AND cadre_id IS NOT NULL AND unit_id IS NULL) OR (kind = 'UNIT' AND unit_id IS NOT NULL AND cadre_id IS NULL)`)
export class CaseSubject {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case>;
  @Column({ type: 'enum', enum: SubjectKind, enumName: 'subject_kind' }) kind: SubjectKind;
  @Index() @Column({ type: 'uuid', nullable: true }) cadreId: string | null;
  @ManyToOne(() => Cadre, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cadre_id' }) cadre?: Relation<Cadre> | null;
  @Index() @Column({ type: 'uuid', nullable: true }) unitId: string | null;
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<Unit> | null;
  @Column({ type: 'smallint', default: 0 }) sortOrder: number;
}
