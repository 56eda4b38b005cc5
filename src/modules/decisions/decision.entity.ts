import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Case } from '../cases/case.entity.js';
import { CaseSubject } from '../cases/case-subject.entity.js';
import { Unit } from '../units/unit.entity.js';
import { DecisionKind, DecisionStatus, ToleranceOutcome } from './decision.enums.js';

/** A decision on one subject of a case: the 问责决定书 and the tolerance outcome. */
@Entity('decisions')
export class Decision {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case>;
  @Index() @Column({ type: 'uuid' }) subjectId: string;
  @ManyToOne(() => CaseSubject, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'subject_id' }) subject?: Relation<CaseSubject>;

  @Column({ type: 'enum', enum: DecisionKind, enumName: 'decision_kind' }) kind: DecisionKind;
  /** Item code in MEASURES_YY; several may be combined (条例 art. 8). */
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" }) measureCodes: string[];
  @Column({ type: 'enum', enum: ToleranceOutcome, enumName: 'tolerance_outcome', nullable: true }) toleranceOutcome: ToleranceOutcome | null;
  /** Why tolerance was refused: explained to the subject ([BT] §(四)4). */
  @Column({ type: 'text', nullable: true }) toleranceRefusalReason: string | null;
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" }) aggravatingCodes: string[];
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" }) mitigatingCodes: string[];

  // The decision document (问责决定书).
  @Column({ type: 'varchar', length: 80, nullable: true }) documentNumber: string | null;
  @Column({ type: 'text' }) facts: string;
  @Column({ type: 'text' }) basis: string;
  @Column({ type: 'uuid' }) approvingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'approving_unit_id' }) approvingUnit?: Relation<Unit>;
  @Column({ type: 'date' }) decidedOn: string;
  @Column({ type: 'date' }) effectiveOn: string;
  @Column({ type: 'date', nullable: true }) servedOn: string | null;
  @Column({ type: 'date', nullable: true }) appealDeadlineOn: string | null;
  /** The supervising body that receives appeals (never the deciding body itself). */
  @Column({ type: 'uuid', nullable: true }) appealBodyUnitId: string | null;
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'appeal_body_unit_id' }) appealBodyUnit?: Relation<Unit> | null;
  /** 集体研究: the committee meeting that decided, and its attendance. */
  @Column({ type: 'varchar', length: 200, nullable: true }) meetingName: string | null;
  @Column({ type: 'date', nullable: true }) meetingOn: string | null;
  @Column({ type: 'smallint', nullable: true }) attendancePresent: number | null;
  @Column({ type: 'smallint', nullable: true }) attendanceTotal: number | null;
  /** The organisation department's opinion, for cadres whose management needs it ([YY] Art. 10(二)). */
  @Column({ type: 'text', nullable: true }) organisationOpinion: string | null;
  @Column({ type: 'enum', enum: DecisionStatus, enumName: 'decision_status', default: DecisionStatus.IN_FORCE }) status: DecisionStatus;
  /** The decision this one replaces: after a failed correction, or an appeal that changed it. */
  @Column({ type: 'uuid', nullable: true }) previousDecisionId: string | null;
  @ManyToOne(() => Decision, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'previous_decision_id' }) previousDecision?: Relation<Decision> | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
