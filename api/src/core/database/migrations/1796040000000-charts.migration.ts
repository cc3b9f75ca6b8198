import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Charts, their computed snapshots, and the `chart_removed` notification that lets API
 * processes drop a deleted chart's public payload from Redis whatever deleted it (the chart
 * itself, or a cascade from its dataset, connection or owner).
 */
export class Charts1796040000000 implements MigrationInterface {
  name = 'Charts1796040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "charts" (
        "id" uuid NOT NULL,
        "owner_id" uuid NOT NULL,
        "dataset_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "config" jsonb NOT NULL,
        "is_public" boolean NOT NULL DEFAULT false,
        "public_key" character varying(64) NOT NULL,
        "allowed_origins" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_charts" PRIMARY KEY ("id"),
        CONSTRAINT "uq_charts_public_key" UNIQUE ("public_key"),
        CONSTRAINT "fk_charts_owner" FOREIGN KEY ("owner_id")
          REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_charts_dataset" FOREIGN KEY ("dataset_id")
          REFERENCES "datasets" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_charts_owner_created" ON "charts" ("owner_id", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_charts_dataset_id" ON "charts" ("dataset_id")`);
    await queryRunner.query(`
      CREATE TABLE "chart_snapshots" (
        "chart_id" uuid NOT NULL,
        "data" jsonb NOT NULL,
        "payload" text NOT NULL,
        "etag" character varying(64) NOT NULL,
        "config_hash" character varying(64) NOT NULL,
        "dataset_version" integer NOT NULL,
        "computed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "next_recompute_at" TIMESTAMP(3) WITH TIME ZONE,
        "problem" jsonb,
        CONSTRAINT "pk_chart_snapshots" PRIMARY KEY ("chart_id"),
        CONSTRAINT "fk_chart_snapshots_chart" FOREIGN KEY ("chart_id")
          REFERENCES "charts" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_chart_snapshots_next_recompute_at" ON "chart_snapshots" ("next_recompute_at")`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "notify_chart_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('chart_removed', OLD."public_key");
        RETURN OLD;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_charts_removed" AFTER DELETE ON "charts"
        FOR EACH ROW EXECUTE FUNCTION "notify_chart_removed"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_charts_removed" ON "charts"`);
    await queryRunner.query(`DROP FUNCTION "notify_chart_removed"()`);
    await queryRunner.query(`DROP TABLE "chart_snapshots"`);
    await queryRunner.query(`DROP TABLE "charts"`);
  }
}
