import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../units/unit.entity.js';
import { CadreRank } from './cadre.enums.js';

@Entity('cadres')
export class Cadre {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 200 }) post: string;
  @Column({ type: 'enum', enum: CadreRank, enumName: 'cadre_rank' }) rank: CadreRank;

  @Index() @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<Unit>;

  /** 干部管理权限: the committee that manages this cadre. Data, never computed from levels. */
  @Index() @Column({ type: 'uuid' }) managingCommitteeId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'managing_committee_id' }) managingCommittee?: Relation<Unit>;

  /** 垂直管理: managed by an upper department; the local body reports and proposes upward. */
  @Column({ type: 'boolean', default: false }) verticallyManaged: boolean;

  /** Sensitive personal data: never exposed without a field permission. */
  @Column({ type: 'varchar', length: 32, nullable: true }) idNumber: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) phone: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
