import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** Reference lists from the policy documents: conduct situations, measures, criteria sets, … */
@Entity('catalogues')
export class Catalogue {
  @PrimaryColumn({ type: 'varchar', length: 64 }) code: string;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ type: 'varchar', length: 200 }) nameZh: string;
  @Column({ type: 'varchar', length: 200 }) nameEn: string;
  @Column({ type: 'text' }) source: string;
}

@Entity('catalogue_items')
@Index(['catalogueCode', 'code'], { unique: true })
export class CatalogueItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 64 }) catalogueCode: string;
  @ManyToOne(() => Catalogue, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'catalogue_code' }) catalogue?: Relation<Catalogue>;
  @Column({ type: 'varchar', length: 64 }) code: string;
  @Column({ type: 'varchar', length: 300 }) nameZh: string;
  @Column({ type: 'varchar', length: 300 }) nameEn: string;
  @Column({ type: 'text', nullable: true }) descriptionZh: string | null;
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'smallint' }) sortOrder: number;
}
