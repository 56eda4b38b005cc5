import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An exception to the Monday–Friday rule: a public holiday, or a make-up working day (调休). */
@Entity('calendar_days')
export class CalendarDay {
  /** Calendar date in the Asia/Shanghai calendar. */
  @PrimaryColumn({ type: 'date' }) date: string;
  @Column({ type: 'varchar', length: 16 }) kind: 'HOLIDAY' | 'WORKDAY';
  @Column({ type: 'varchar', length: 100 }) nameZh: string;
  @Column({ type: 'varchar', length: 100 }) nameEn: string;
  /** True until the State Council's notice for that year is entered. */
  @Column({ type: 'boolean', default: false }) provisional: boolean;
}
