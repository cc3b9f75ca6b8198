import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Datasets (one synced Notion data source each), their rows and related page titles. */
export class Datasets1796030000000 implements MigrationInterface {
  name = 'Datasets1796030000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "datasets" (
        "id" uuid NOT NULL,
        "owner_id" uuid NOT NULL,
        "connection_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "database_id" character varying(64) NOT NULL,
        "data_source_id" character varying(64) NOT NULL,
        "notion_url" text,
        "schema" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "status" character varying(16) NOT NULL,
        "row_count" integer NOT NULL DEFAULT 0,
        "version" integer NOT NULL DEFAULT 0,
        "refresh_interval_minutes" integer NOT NULL,
        "full_sync_interval_hours" integer NOT NULL DEFAULT 24,
        "sync_watermark" TIMESTAMP(3) WITH TIME ZONE,
        "last_synced_at" TIMESTAMP(3) WITH TIME ZONE,
        "last_full_sync_at" TIMESTAMP(3) WITH TIME ZONE,
        "next_sync_at" TIMESTAMP(3) WITH TIME ZONE,
        "last_error" text,
        "sync_progress" jsonb,
        "pending_job_id" character varying(64),
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_datasets" PRIMARY KEY ("id"),
        CONSTRAINT "uq_datasets_owner_data_source" UNIQUE ("owner_id", "data_source_id"),
        CONSTRAINT "ck_datasets_status" CHECK ("status" IN ('pending', 'syncing', 'ready', 'error')),
        CONSTRAINT "ck_datasets_refresh_interval" CHECK ("refresh_interval_minutes" BETWEEN 0 AND 1440),
        CONSTRAINT "fk_datasets_owner" FOREIGN KEY ("owner_id")
          REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_datasets_connection" FOREIGN KEY ("connection_id")
          REFERENCES "connections" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_datasets_next_sync_at" ON "datasets" ("next_sync_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_datasets_connection_id" ON "datasets" ("connection_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "dataset_rows" (
        "dataset_id" uuid NOT NULL,
        "page_id" character varying(64) NOT NULL,
        "last_edited_time" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "cells" jsonb NOT NULL,
        CONSTRAINT "pk_dataset_rows" PRIMARY KEY ("dataset_id", "page_id"),
        CONSTRAINT "fk_dataset_rows_dataset" FOREIGN KEY ("dataset_id")
          REFERENCES "datasets" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      CREATE TABLE "dataset_relation_titles" (
        "dataset_id" uuid NOT NULL,
        "page_id" character varying(64) NOT NULL,
        "title" text NOT NULL,
        CONSTRAINT "pk_dataset_relation_titles" PRIMARY KEY ("dataset_id", "page_id"),
        CONSTRAINT "fk_dataset_relation_titles_dataset" FOREIGN KEY ("dataset_id")
          REFERENCES "datasets" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "dataset_relation_titles"`);
    await queryRunner.query(`DROP TABLE "dataset_rows"`);
    await queryRunner.query(`DROP TABLE "datasets"`);
  }
}
