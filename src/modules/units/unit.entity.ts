import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UnitKind, UnitLevel } from './unit.enums.js';
import { RuleRegime } from './rule-regime.entity.js';

// Hand-written in the migration (text_pattern_ops for subtree LIKE scans); declared so diffs keep it.
@Entity('units')
@Index('idx_units_path', { synchronize: false })

export class Unit {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 64, unique: true }) code: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) nameEn: string | null;
  @Column({ type: 'enum', enum: UnitKind, enumName: 'unit_kind' }) kind: UnitKind;
  @Column({ type: 'enum', enum: UnitLevel, enumName: 'unit_level' }) level: UnitLevel;

  @Index() @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<Unit> | null;

  /** Materialised ancestry '/rootId/…/selfId/': a subtree is `path LIKE '<ancestor path>%'`. */
  @Column({ type: 'text' }) path: string;
  @Column({ type: 'smallint' }) depth: number;

  /** The committee (党委/党组) that manages this unit's leaders; data, not derived from levels. */
  @Index() @Column({ type: 'uuid', nullable: true }) managingCommitteeId: string | null;
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'managing_committee_id' })
  managingCommittee?: Relation<Unit> | null;

  /** The rule regime this unit's subtree follows; null inherits the nearest ancestor's. */
  @Column({ type: 'uuid', nullable: true }) ruleRegimeId: string | null;
  @ManyToOne(() => RuleRegime, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rule_regime_id' })
  ruleRegime?: Relation<RuleRegime> | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
