import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseProcedure1796189850226 implements MigrationInterface {
  name = 'CaseProcedure1796189850226';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_757449b5a0ca55b951c0e03be8"`);
    await queryRunner.query(`CREATE TABLE "case_participants" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "case_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "name" character varying(100) NOT NULL, "organisation" character varying(200) NOT NULL, "role" character varying(300) NOT NULL, "invited_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f60cc53830af7c3e937ee13ef51" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8d5282220bfe50de99b355798d" ON "case_participants"  ("case_id") `);
    await queryRunner.query(`CREATE TABLE "tolerance_applications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "case_id" uuid NOT NULL, "applicant_cadre_id" uuid, "applicant_unit_id" uuid, "content" text NOT NULL, "submitted_on" date NOT NULL, "submitted_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_tolerance_applicant" CHECK (applicant_cadre_id IS NOT NULL OR applicant_unit_id IS NOT NULL), CONSTRAINT "PK_66744e2ce0a2749ceb70ccf1946" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7d91f4606969eb92ff17ab7c1f" ON "tolerance_applications"  ("case_id") `);
    await queryRunner.query(`ALTER TABLE "rule_regimes" ADD "copy_recipient_roles" character varying(40) array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "reported_up_to_unit_id" uuid`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "priority" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "dismissal_reason" text`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "recommendation_extension_approved_by" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "recommended_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "execution_started_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "notified_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "archived_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "archived_late" boolean`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "meeting_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "meeting_on" date`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "attendance_present" smallint`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "attendance_total" smallint`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "organisation_opinion" text`);
    await queryRunner.query(`CREATE TYPE "public"."decision_status" AS ENUM('IN_FORCE', 'CHANGED', 'REVOKED', 'SUPERSEDED')`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "status" "public"."decision_status" NOT NULL DEFAULT 'IN_FORCE'`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "previous_decision_id" uuid`);
    await queryRunner.query(`ALTER TABLE "assessments" ADD "unmet_precondition_codes" character varying(64) array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "assessments" ADD "recommended_tolerance_outcome" "public"."tolerance_outcome"`);
    await queryRunner.query(`ALTER TABLE "assessments" ADD "recommended_measure_codes" character varying(64) array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "assessments" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "corrections" ADD "verification_note" text`);
    await queryRunner.query(`ALTER TABLE "effects" ADD "voided_on" date`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_757449b5a0ca55b951c0e03be8" ON "assessments"  ("case_id") `);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "FK_cada15e327936df01875dd44d2c" FOREIGN KEY ("reported_up_to_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD CONSTRAINT "FK_b73bfe8583ada0d33682377b3ce" FOREIGN KEY ("previous_decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_participants" ADD CONSTRAINT "FK_8d5282220bfe50de99b355798d5" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_applications" ADD CONSTRAINT "FK_7d91f4606969eb92ff17ab7c1f1" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_applications" ADD CONSTRAINT "FK_e8d189f5abb5362487b7dba8cec" FOREIGN KEY ("applicant_cadre_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tolerance_applications" ADD CONSTRAINT "FK_86c412c478d2f430751dc31dec5" FOREIGN KEY ("applicant_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tolerance_applications" DROP CONSTRAINT "FK_86c412c478d2f430751dc31dec5"`);
    await queryRunner.query(`ALTER TABLE "tolerance_applications" DROP CONSTRAINT "FK_e8d189f5abb5362487b7dba8cec"`);
    await queryRunner.query(`ALTER TABLE "tolerance_applications" DROP CONSTRAINT "FK_7d91f4606969eb92ff17ab7c1f1"`);
    await queryRunner.query(`ALTER TABLE "case_participants" DROP CONSTRAINT "FK_8d5282220bfe50de99b355798d5"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_b73bfe8583ada0d33682377b3ce"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cada15e327936df01875dd44d2c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_757449b5a0ca55b951c0e03be8"`);
    await queryRunner.query(`ALTER TABLE "effects" DROP COLUMN "voided_on"`);
    await queryRunner.query(`ALTER TABLE "corrections" DROP COLUMN "verification_note"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "recommended_measure_codes"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "recommended_tolerance_outcome"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "unmet_precondition_codes"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "previous_decision_id"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."decision_status"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "organisation_opinion"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "attendance_total"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "attendance_present"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "meeting_on"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "meeting_name"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "archived_late"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "archived_on"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "notified_on"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "execution_started_on"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "recommended_on"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "recommendation_extension_approved_by"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "dismissal_reason"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "priority"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "reported_up_to_unit_id"`);
    await queryRunner.query(`ALTER TABLE "rule_regimes" DROP COLUMN "copy_recipient_roles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d91f4606969eb92ff17ab7c1f"`);
    await queryRunner.query(`DROP TABLE "tolerance_applications"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d5282220bfe50de99b355798d"`);
    await queryRunner.query(`DROP TABLE "case_participants"`);
    await queryRunner.query(`CREATE INDEX "IDX_757449b5a0ca55b951c0e03be8" ON "assessments" USING btree ("case_id") `);
  }
}
