import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A jurisdiction's procedural rules (DOMAIN.md: "configurable per jurisdiction"). A unit points at
 * one; its subtree inherits it unless a nearer unit sets its own (the local rule wins in its tree).
 */
@Entity('rule_regimes')
export class RuleRegime {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 32, unique: true }) code: string;
  @Column({ type: 'varchar', length: 200 }) nameZh: string;
  @Column({ type: 'varchar', length: 200 }) nameEn: string;
  /** Policy documents the regime follows, e.g. '[HN] [YY]'. */
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'varchar', length: 64 }) criteriaCatalogueCode: string;
  @Column({ type: 'varchar', length: 64, array: true }) tolerableCatalogueCodes: string[];
  @Column({ type: 'smallint' }) recommendationWorkingDays: number;
  @Column({ type: 'smallint' }) recommendationExtendedWorkingDays: number;
  @Column({ type: 'smallint' }) archiveWorkingDays: number;
  @Column({ type: 'smallint' }) appealFilingDays: number;
  @Column({ type: 'smallint' }) appealAnswerDays: number;
  /** Whether the appeal periods count working days (true) or calendar days (false). */
  @Column({ type: 'boolean' }) appealDaysAreWorkingDays: boolean;
  /** Who receives copies (抄送) of a conclusion: CopyRecipientRole values, as the regime's seed lists them. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" }) copyRecipientRoles: string[];
  /** Working days the filing office has to accept, return or refuse a risk filing (DOMAIN.md §5). */
  @Column({ type: 'smallint', default: 5 }) riskFilingWorkingDays: number;
  /** The kind of unit that receives risk filings in each region (a UnitKind; 改革办 unless the regime names another). */
  @Column({ type: 'varchar', length: 40, default: 'REFORM_OFFICE' }) riskFilingReceiverKind: string;
}
