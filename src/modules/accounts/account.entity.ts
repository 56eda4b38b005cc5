import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Cadre } from '../cadres/cadre.entity.js';
import { Unit } from '../units/unit.entity.js';
import { ApiScope, Role } from './role.js';

@Entity('accounts')
export class Account {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 80, unique: true }) login: string;
  @Column({ type: 'varchar', length: 100 }) displayName: string;
  /** scrypt$N$r$p$salt$hash — never leaves the server. */
  @Column({ type: 'varchar', length: 255 }) passwordHash: string;
  /** Set for a cadre's self-service account. */
  @Column({ type: 'uuid', nullable: true }) cadreId: string | null;
  @ManyToOne(() => Cadre, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cadre_id' }) cadre?: Relation<Cadre> | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('role_grants')
@Index(['accountId', 'role', 'unitId'], { unique: true })
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) accountId: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'account_id' }) account?: Relation<Account>;
  @Column({ type: 'enum', enum: Role, enumName: 'role' }) role: Role;
  @Column({ type: 'uuid' }) unitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Relation<Unit>;
  @CreateDateColumn({ type: 'timestamptz' }) grantedAt: Date;
}

/** Scoped, read-only tokens for integrating agencies. Only a hash is stored. */
@Entity('api_tokens')
export class ApiToken {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  /** The first characters of the token, shown to administrators to tell tokens apart. */
  @Column({ type: 'varchar', length: 16 }) prefix: string;
  @Column({ type: 'varchar', length: 128, unique: true }) tokenHash: string;
  @Column({ type: 'uuid' }) holderUnitId: string;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'holder_unit_id' }) holderUnit?: Relation<Unit>;
  @Column({ type: 'enum', enum: ApiScope, enumName: 'api_scope', array: true }) scopes: ApiScope[];
  @Column({ type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdByAccountId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
