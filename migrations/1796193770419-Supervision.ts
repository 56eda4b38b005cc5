import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Supervision1796193770419 implements MigrationInterface {
  name = 'Supervision1796193770419';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."supervision_kind" AS ENUM('REMINDER', 'INTERVIEW')`);
    await queryRunner.query(`CREATE TYPE "public"."supervision_situation" AS ENUM('DIRECTIVES_NOT_CARRIED_OUT', 'KEY_WORK_DELAYED', 'LONG_LAGGING', 'MAJOR_INCIDENT', 'RECTIFICATION_NOT_DONE', 'PUBLIC_INTEREST_HARMED', 'LOCAL_INTEREST_OBSTRUCTION', 'BUCK_PASSING', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."rectification_plan_state" AS ENUM('PENDING', 'SUBMITTED', 'RETURNED', 'VERIFIED')`);
    await queryRunner.query(`CREATE TABLE "supervision_records" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" "public"."supervision_kind" NOT NULL, "situation" "public"."supervision_situation" NOT NULL, "reason" text NOT NULL, "held_on" date NOT NULL, "interviewer" character varying(100), "approved_by" character varying(100) NOT NULL, "recording_unit_id" uuid NOT NULL, "cadre_id" uuid, "target_unit_id" uuid NOT NULL, "managing_committee_id" uuid NOT NULL, "recorded_by_account_id" uuid, "plan_state" "public"."rectification_plan_state", "plan_due_on" date, "plan_content" text, "plan_submitted_on" date, "plan_late" boolean, "plan_reviewed_on" date, "plan_review_note" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_supervision_interview" CHECK (("kind" = 'INTERVIEW') = ("plan_state" IS NOT NULL AND "interviewer" IS NOT NULL AND "plan_due_on" IS NOT NULL)), CONSTRAINT "PK_6e64e6d112000bf324173b7e2fb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_621123bf6f32a4c86b439a5005" ON "supervision_records"  ("recording_unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3082edcfd196d6a5311c787a71" ON "supervision_records"  ("target_unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb58b2ff20c2a1d421ddc0623b" ON "supervision_records"  ("managing_committee_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9dccdecfee8791f2200f400989" ON "supervision_records"  ("cadre_id", "held_on") `);
    await queryRunner.query(`CREATE TYPE "public"."supervision_proposal_kind" AS ENUM('ADMONISHMENT', 'ORGANISATIONAL_HANDLING')`);
    await queryRunner.query(`CREATE TYPE "public"."supervision_proposal_state" AS ENUM('PROPOSED', 'CONFIRMED', 'REJECTED')`);
    await queryRunner.query(`CREATE TABLE "supervision_proposals" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" "public"."supervision_proposal_kind" NOT NULL, "state" "public"."supervision_proposal_state" NOT NULL DEFAULT 'PROPOSED', "cadre_id" uuid NOT NULL, "year" smallint NOT NULL, "interview_count" smallint NOT NULL, "triggered_by_record_id" uuid NOT NULL, "proposed_on" date NOT NULL, "deciding_unit_id" uuid NOT NULL, "target_unit_id" uuid NOT NULL, "decided_on" date, "decision_note" text, "decided_by_account_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e74abd9e3d0858b49011b8f5530" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9eb8ca0305cb83125e914cdfd4" ON "supervision_proposals"  ("state") `);
    await queryRunner.query(`CREATE INDEX "IDX_ea3eec9d7d156e41840b58b6cb" ON "supervision_proposals"  ("triggered_by_record_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_de085e25d11ae375c58ceea281" ON "supervision_proposals"  ("deciding_unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e4c6d8e7bb4c8d182a289b9e5a" ON "supervision_proposals"  ("target_unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9242b6960dc0a550fd99b7167f" ON "supervision_proposals"  ("cadre_id", "year") `);
    await queryRunner.query(`ALTER TABLE "supervision_records" ADD CONSTRAINT "FK_621123bf6f32a4c86b439a5005a" FOREIGN KEY ("recording_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_records" ADD CONSTRAINT "FK_e28ac2eb8642e75be8e388fc216" FOREIGN KEY ("cadre_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_records" ADD CONSTRAINT "FK_3082edcfd196d6a5311c787a715" FOREIGN KEY ("target_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_records" ADD CONSTRAINT "FK_eb58b2ff20c2a1d421ddc0623b1" FOREIGN KEY ("managing_committee_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_proposals" ADD CONSTRAINT "FK_1e693ada9f07f1f9387d6fc7446" FOREIGN KEY ("cadre_id") REFERENCES "cadres"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_proposals" ADD CONSTRAINT "FK_ea3eec9d7d156e41840b58b6cb9" FOREIGN KEY ("triggered_by_record_id") REFERENCES "supervision_records"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_proposals" ADD CONSTRAINT "FK_de085e25d11ae375c58ceea2811" FOREIGN KEY ("deciding_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_proposals" ADD CONSTRAINT "FK_e4c6d8e7bb4c8d182a289b9e5ad" FOREIGN KEY ("target_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supervision_proposals" DROP CONSTRAINT "FK_e4c6d8e7bb4c8d182a289b9e5ad"`);
    await queryRunner.query(`ALTER TABLE "supervision_proposals" DROP CONSTRAINT "FK_de085e25d11ae375c58ceea2811"`);
    await queryRunner.query(`ALTER TABLE "supervision_proposals" DROP CONSTRAINT "FK_ea3eec9d7d156e41840b58b6cb9"`);
    await queryRunner.query(`ALTER TABLE "supervision_proposals" DROP CONSTRAINT "FK_1e693ada9f07f1f9387d6fc7446"`);
    await queryRunner.query(`ALTER TABLE "supervision_records" DROP CONSTRAINT "FK_eb58b2ff20c2a1d421ddc0623b1"`);
    await queryRunner.query(`ALTER TABLE "supervision_records" DROP CONSTRAINT "FK_3082edcfd196d6a5311c787a715"`);
    await queryRunner.query(`ALTER TABLE "supervision_records" DROP CONSTRAINT "FK_e28ac2eb8642e75be8e388fc216"`);
    await queryRunner.query(`ALTER TABLE "supervision_records" DROP CONSTRAINT "FK_621123bf6f32a4c86b439a5005a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9242b6960dc0a550fd99b7167f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4c6d8e7bb4c8d182a289b9e5a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de085e25d11ae375c58ceea281"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea3eec9d7d156e41840b58b6cb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9eb8ca0305cb83125e914cdfd4"`);
    await queryRunner.query(`DROP TABLE "supervision_proposals"`);
    await queryRunner.query(`DROP TYPE "public"."supervision_proposal_state"`);
    await queryRunner.query(`DROP TYPE "public"."supervision_proposal_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9dccdecfee8791f2200f400989"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb58b2ff20c2a1d421ddc0623b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3082edcfd196d6a5311c787a71"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_621123bf6f32a4c86b439a5005"`);
    await queryRunner.query(`DROP TABLE "supervision_records"`);
    await queryRunner.query(`DROP TYPE "public"."rectification_plan_state"`);
    await queryRunner.query(`DROP TYPE "public"."supervision_situation"`);
    await queryRunner.query(`DROP TYPE "public"."supervision_kind"`);
  }
}
