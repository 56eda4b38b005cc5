import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clarification as a procedure: version and step dates, the application's contents, the referral
 * of a false accuser as its own fields, and the new state and method names. Generated, then edited
 * so that existing rows keep their meaning (renamed columns, mapped enum values).
 */
export class ClarificationProcedure1796193888719 implements MigrationInterface {
  name = 'ClarificationProcedure1796193888719';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clarifications" RENAME COLUMN "clarified_on" TO "carried_out_on"`);
    await queryRunner.query(`ALTER TABLE "clarifications" RENAME COLUMN "referral" TO "referral_basis"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "malicious_accusation"`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "basic_facts" text`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "sought" text`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "consulted_on" date`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "opened_on" date`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "refusal_reason" text`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "planned_on" date`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "cadre_consented_on" date`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "closed_on" date`);
    await queryRunner.query(`CREATE TYPE "public"."clarification_referral_kind" AS ENUM('EDUCATION', 'DISCIPLINE', 'POLICE_JUDICIAL')`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "referral_kind" "public"."clarification_referral_kind"`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "referral_recipient" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "referred_on" date`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TYPE "public"."clarification_state" RENAME TO "clarification_state_old"`);
    await queryRunner.query(`CREATE TYPE "public"."clarification_state" AS ENUM('APPLIED', 'OPENED', 'PLANNED', 'CARRIED_OUT', 'CLOSED', 'REFUSED')`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "state" TYPE "public"."clarification_state" USING (CASE "state"::text WHEN 'ACCEPTED' THEN 'OPENED' WHEN 'CLARIFIED' THEN 'CLOSED' WHEN 'REJECTED' THEN 'REFUSED' ELSE "state"::text END)::"public"."clarification_state"`);
    await queryRunner.query(`DROP TYPE "public"."clarification_state_old"`);
    // An accepted or cleared row was opened on its request; a cleared one closed when carried out.
    await queryRunner.query(`UPDATE "clarifications" SET "opened_on" = "requested_on" WHERE "state" IN ('OPENED', 'CLOSED')`);
    await queryRunner.query(`UPDATE "clarifications" SET "closed_on" = "carried_out_on" WHERE "state" = 'CLOSED'`);
    await queryRunner.query(`ALTER TYPE "public"."clarification_finding" ADD VALUE 'NOT_PROVEN_NOT_EXCLUDED'`);
    await queryRunner.query(`ALTER TYPE "public"."clarification_finding" ADD VALUE 'SUBSTANTIATED'`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "finding" DROP NOT NULL`);
    await queryRunner.query(`ALTER TYPE "public"."clarification_method" RENAME TO "clarification_method_old"`);
    await queryRunner.query(`CREATE TYPE "public"."clarification_method" AS ENUM('WRITTEN_NOTICE', 'IN_PERSON', 'MEETING', 'CIRCULAR', 'LETTER_TO_UNIT', 'PUBLIC_STATEMENT')`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "methods" DROP DEFAULT`);
    // No old value is part of another, so renaming inside the array literal is exact.
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "methods" TYPE "public"."clarification_method"[] USING replace(replace("methods"::text, 'WRITTEN', 'WRITTEN_NOTICE'), 'PUBLIC', 'PUBLIC_STATEMENT')::"public"."clarification_method"[]`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "methods" SET DEFAULT '{}'`);
    await queryRunner.query(`DROP TYPE "public"."clarification_method_old"`);
    await queryRunner.query(`CREATE INDEX "IDX_9059c6aff4351dbccb994e5b77" ON "clarifications"  ("state") `);
  }

  /** Lossy where the old schema has no word for it: a letter becomes written, a missing or ineligible finding unfounded. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_9059c6aff4351dbccb994e5b77"`);
    await queryRunner.query(`CREATE TYPE "public"."clarification_method_old" AS ENUM('WRITTEN', 'IN_PERSON', 'MEETING', 'CIRCULAR', 'PUBLIC')`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "methods" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "methods" TYPE "public"."clarification_method_old"[] USING replace(replace(replace("methods"::text, 'WRITTEN_NOTICE', 'WRITTEN'), 'PUBLIC_STATEMENT', 'PUBLIC'), 'LETTER_TO_UNIT', 'WRITTEN')::"public"."clarification_method_old"[]`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "methods" SET DEFAULT '{}'`);
    await queryRunner.query(`DROP TYPE "public"."clarification_method"`);
    await queryRunner.query(`ALTER TYPE "public"."clarification_method_old" RENAME TO "clarification_method"`);
    await queryRunner.query(`CREATE TYPE "public"."clarification_finding_old" AS ENUM('UNTRUE', 'UNFOUNDED', 'FALSE_PUBLIC_STORY')`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "finding" TYPE "public"."clarification_finding_old" USING (CASE WHEN "finding"::text IN ('UNTRUE', 'UNFOUNDED', 'FALSE_PUBLIC_STORY') THEN "finding"::text ELSE 'UNFOUNDED' END)::"public"."clarification_finding_old"`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "finding" SET NOT NULL`);
    await queryRunner.query(`DROP TYPE "public"."clarification_finding"`);
    await queryRunner.query(`ALTER TYPE "public"."clarification_finding_old" RENAME TO "clarification_finding"`);
    await queryRunner.query(`CREATE TYPE "public"."clarification_state_old" AS ENUM('APPLIED', 'ACCEPTED', 'CLARIFIED', 'REJECTED')`);
    await queryRunner.query(`ALTER TABLE "clarifications" ALTER COLUMN "state" TYPE "public"."clarification_state_old" USING (CASE "state"::text WHEN 'APPLIED' THEN 'APPLIED' WHEN 'CLOSED' THEN 'CLARIFIED' WHEN 'REFUSED' THEN 'REJECTED' ELSE 'ACCEPTED' END)::"public"."clarification_state_old"`);
    await queryRunner.query(`DROP TYPE "public"."clarification_state"`);
    await queryRunner.query(`ALTER TYPE "public"."clarification_state_old" RENAME TO "clarification_state"`);
    await queryRunner.query(`ALTER TABLE "clarifications" ADD "malicious_accusation" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE "clarifications" SET "malicious_accusation" = true WHERE "referred_on" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "referred_on"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "referral_recipient"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "referral_kind"`);
    await queryRunner.query(`DROP TYPE "public"."clarification_referral_kind"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "closed_on"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "cadre_consented_on"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "planned_on"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "refusal_reason"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "opened_on"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "consulted_on"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "sought"`);
    await queryRunner.query(`ALTER TABLE "clarifications" DROP COLUMN "basic_facts"`);
    await queryRunner.query(`ALTER TABLE "clarifications" RENAME COLUMN "referral_basis" TO "referral"`);
    await queryRunner.query(`ALTER TABLE "clarifications" RENAME COLUMN "carried_out_on" TO "clarified_on"`);
  }
}
