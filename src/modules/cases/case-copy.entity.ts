import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../units/unit.entity.js';
import { Case } from './case.entity.js';

/** 抄送: a case conclusion copied to a recipient unit ([BT] §(四)4, [YC]). Copies grant read access. */
@Entity('case_copies')
@Index(['recipientUnitId', 'caseId'], { unique: true })
export class CaseCopy {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case>;
  @Column({ type: 'uuid' }) recipientUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'recipient_unit_id' }) recipientUnit?: Relation<Unit>;
  /** UNIT_PARTY_ORGANISATION, SUPERVISING_DEPARTMENT, UPPER_DEPARTMENT, ORGANISATION_HR, DISCIPLINE, INSPECTION, AUDIT */
  @Column({ type: 'varchar', length: 40 }) recipientRole: string;
  @CreateDateColumn({ type: 'timestamptz' }) sentAt: Date;
}
