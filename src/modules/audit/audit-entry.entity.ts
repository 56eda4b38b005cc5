import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: every change and every read of a confidential field (DOMAIN.md §7). */
@Entity('audit_log')
@Index('idx_audit_actor', { synchronize: false })
@Index(['subjectType', 'subjectId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Index() @CreateDateColumn({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'uuid', nullable: true }) actorAccountId: string | null;
  @Column({ type: 'uuid', nullable: true }) actorTokenId: string | null;
  /** e.g. 'login', 'case.read-confidential', 'case.transition' */
  @Column({ type: 'varchar', length: 80 }) action: string;
  @Column({ type: 'varchar', length: 40 }) subjectType: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) subjectId: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) detail: Record<string, unknown>;
  @Column({ type: 'varchar', length: 64, nullable: true }) requestId: string | null;
}
