import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Decision } from './decision.entity.js';
import { EffectKind } from './decision.enums.js';

/** An influence period (影响期, [YY] Art. 18) on one cadre, running from the decision's approval. */
@Entity('effects')
export class Effect {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) decisionId: string;
  @ManyToOne(() => Decision, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  @Index() @Column({ type: 'uuid' }) cadreId: string;
  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cadre_id' }) cadre?: Relation<Cadre>;
  @Column({ type: 'enum', enum: EffectKind, enumName: 'effect_kind' }) kind: EffectKind;
  @Column({ type: 'date' }) startsOn: string;
  /** Null while open-ended (停职检查 runs until rectified). */
  @Column({ type: 'date', nullable: true }) endsOn: string | null;
  /** 取消问责 ([YY] Art. 13). */
  @Column({ type: 'date', nullable: true }) cancelledOn: string | null;
  @Column({ type: 'varchar', length: 80, nullable: true }) cancellationDocument: string | null;
  /** Set when the decision was changed or revoked on appeal: the effect never applied. */
  @Column({ type: 'date', nullable: true }) voidedOn: string | null;
}
