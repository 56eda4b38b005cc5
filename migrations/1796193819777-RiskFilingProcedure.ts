import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RiskFilingProcedure1796193819777 implements MigrationInterface {
  name = 'RiskFilingProcedure1796193819777';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "risk_filing_events" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "risk_filing_id" uuid NOT NULL, "seq" smallint NOT NULL, "event" character varying(20) NOT NULL, "to_state" character varying(20) NOT NULL, "effective_on" date NOT NULL, "note" text, "acting_unit_id" uuid, "recorded_by_account_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_391b4e14d59583db39b4e3830c6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a34661f3d78b20f251823e5332" ON "risk_filing_events"  ("risk_filing_id", "seq") `);
    await queryRunner.query(`ALTER TABLE "rule_regimes" ADD "risk_filing_working_days" smallint NOT NULL DEFAULT '5'`);
    await queryRunner.query(`ALTER TABLE "rule_regimes" ADD "risk_filing_receiver_kind" character varying(40) NOT NULL DEFAULT 'REFORM_OFFICE'`);
    await queryRunner.query(`ALTER TABLE "risk_filings" ADD "attachments" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "risk_filings" ADD "special_approvals" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "risk_filings" ADD "implementation_on" date`);
    // Filings made before this migration: their date in China Standard Time, then NOT NULL.
    await queryRunner.query(`ALTER TABLE "risk_filings" ADD "submitted_on" date`);
    await queryRunner.query(`UPDATE "risk_filings" SET "submitted_on" = ("submitted_at" AT TIME ZONE 'Asia/Shanghai')::date`);
    await queryRunner.query(`ALTER TABLE "risk_filings" ALTER COLUMN "submitted_on" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "risk_filings" ADD "due_on" date`);
    await queryRunner.query(`ALTER TABLE "risk_filings" ADD "revocation_reason" text`);
    await queryRunner.query(`ALTER TABLE "risk_filings" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "risk_filings" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "case_risk_filings" ADD "conduct_on" date`);
    await queryRunner.query(`ALTER TABLE "case_risk_filings" ADD "cited_by_account_id" uuid`);
    await queryRunner.query(`ALTER TABLE "case_risk_filings" ADD "cited_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`CREATE INDEX "IDX_fe4e1af4d138d6337de00761e1" ON "risk_filings"  ("due_on") `);
    // Their history: the submission, and the office's (or the discipline body's) last answer.
    await queryRunner.query(`INSERT INTO "risk_filing_events" ("risk_filing_id", "seq", "event", "to_state", "effective_on", "acting_unit_id")
      SELECT "id", 1, 'SUBMIT', 'SUBMITTED', "submitted_on", "filing_unit_id" FROM "risk_filings"`);
    await queryRunner.query(`INSERT INTO "risk_filing_events" ("risk_filing_id", "seq", "event", "to_state", "effective_on", "note", "acting_unit_id")
      SELECT "id", 2, CASE "state" WHEN 'ACCEPTED' THEN 'ACCEPT' WHEN 'RETURNED' THEN 'RETURN' WHEN 'REFUSED' THEN 'REFUSE' ELSE 'REVOKE' END, "state"::text,
             GREATEST("submitted_on", (COALESCE("decided_at", "submitted_at") AT TIME ZONE 'Asia/Shanghai')::date), "decision_note",
             CASE WHEN "state" = 'REVOKED' THEN "supervising_unit_id" ELSE "receiving_unit_id" END
        FROM "risk_filings" WHERE "state" <> 'SUBMITTED'`);
    await queryRunner.query(`ALTER TABLE "risk_filing_events" ADD CONSTRAINT "FK_aa7e6d09a6e5bab915e39d5c136" FOREIGN KEY ("risk_filing_id") REFERENCES "risk_filings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "risk_filing_events" DROP CONSTRAINT "FK_aa7e6d09a6e5bab915e39d5c136"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fe4e1af4d138d6337de00761e1"`);
    await queryRunner.query(`ALTER TABLE "case_risk_filings" DROP COLUMN "cited_at"`);
    await queryRunner.query(`ALTER TABLE "case_risk_filings" DROP COLUMN "cited_by_account_id"`);
    await queryRunner.query(`ALTER TABLE "case_risk_filings" DROP COLUMN "conduct_on"`);
    await queryRunner.query(`ALTER TABLE "risk_filings" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "risk_filings" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "risk_filings" DROP COLUMN "revocation_reason"`);
    await queryRunner.query(`ALTER TABLE "risk_filings" DROP COLUMN "due_on"`);
    await queryRunner.query(`ALTER TABLE "risk_filings" DROP COLUMN "submitted_on"`);
    await queryRunner.query(`ALTER TABLE "risk_filings" DROP COLUMN "implementation_on"`);
    await queryRunner.query(`ALTER TABLE "risk_filings" DROP COLUMN "special_approvals"`);
    await queryRunner.query(`ALTER TABLE "risk_filings" DROP COLUMN "attachments"`);
    await queryRunner.query(`ALTER TABLE "rule_regimes" DROP COLUMN "risk_filing_receiver_kind"`);
    await queryRunner.query(`ALTER TABLE "rule_regimes" DROP COLUMN "risk_filing_working_days"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a34661f3d78b20f251823e5332"`);
    await queryRunner.query(`DROP TABLE "risk_filing_events"`);
  }
}
