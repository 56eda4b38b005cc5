import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Case } from '../cases/case.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { Unit } from '../units/unit.entity.js';
import { AppealOutcome, AppealState } from './appeal.enums.js';

/** 申诉 against a decision or a refusal of tolerance (DOMAIN.md §3). Does not suspend execution. */
@Entity('appeals')
export class Appeal {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'case_id' }) case?: Relation<Case>;
  @Index() @Column({ type: 'uuid' }) decisionId: string;
  @ManyToOne(() => Decision, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  @Column({ type: 'uuid', nullable: true }) appellantCadreId: string | null;
  @ManyToOne(() => Cadre, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'appellant_cadre_id' }) appellantCadre?: Relation<Cadre> | null;
  @Column({ type: 'uuid', nullable: true }) appellantUnitId: string | null;
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'appellant_unit_id' }) appellantUnit?: Relation<Unit> | null;
  /** The supervising body of the deciding body; never the deciding body itself. */
  @Index() @Column({ type: 'uuid' }) reviewingUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'reviewing_unit_id' }) reviewingUnit?: Relation<Unit>;
  @Column({ type: 'enum', enum: AppealState, enumName: 'appeal_state' }) state: AppealState;
  @Column({ type: 'text' }) grounds: string;
  @Column({ type: 'date' }) decisionReceivedOn: string;
  @Column({ type: 'date' }) filedOn: string;
  @Column({ type: 'date' }) answerDueOn: string;
  @Column({ type: 'enum', enum: AppealOutcome, enumName: 'appeal_outcome', nullable: true }) outcome: AppealOutcome | null;
  @Column({ type: 'text', nullable: true }) answer: string | null;
  @Column({ type: 'date', nullable: true }) answeredOn: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
