import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users who sign in with Notion, their workspace connections and their API keys. */
export class UsersConnectionsApiKeys1796023187367 implements MigrationInterface {
  name = 'UsersConnectionsApiKeys1796023187367';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL,
        "notion_user_id" character varying(64) NOT NULL,
        "name" character varying(200),
        "avatar_url" text,
        "email" character varying(320),
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_users" PRIMARY KEY ("id"),
        CONSTRAINT "uq_users_notion_user_id" UNIQUE ("notion_user_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "connections" (
        "id" uuid NOT NULL,
        "owner_id" uuid NOT NULL,
        "kind" character varying(16) NOT NULL,
        "workspace_id" character varying(64) NOT NULL,
        "workspace_name" character varying(200) NOT NULL,
        "workspace_icon" text,
        "bot_id" character varying(64) NOT NULL,
        "access_token" text NOT NULL,
        "refresh_token" text,
        "status" character varying(16) NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_connections" PRIMARY KEY ("id"),
        CONSTRAINT "uq_connections_owner_bot" UNIQUE ("owner_id", "bot_id"),
        CONSTRAINT "ck_connections_kind" CHECK ("kind" IN ('oauth', 'internal')),
        CONSTRAINT "ck_connections_status" CHECK ("status" IN ('active', 'revoked', 'error')),
        CONSTRAINT "fk_connections_owner" FOREIGN KEY ("owner_id")
          REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      CREATE TABLE "api_keys" (
        "id" uuid NOT NULL,
        "owner_id" uuid NOT NULL,
        "name" character varying(100) NOT NULL,
        "key_hash" character(64) NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_used_at" TIMESTAMP(3) WITH TIME ZONE,
        CONSTRAINT "pk_api_keys" PRIMARY KEY ("id"),
        CONSTRAINT "uq_api_keys_key_hash" UNIQUE ("key_hash"),
        CONSTRAINT "fk_api_keys_owner" FOREIGN KEY ("owner_id")
          REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_api_keys_owner_created" ON "api_keys" ("owner_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP TABLE "connections"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
