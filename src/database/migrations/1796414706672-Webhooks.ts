import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SPEC §10 webhooks: the organizations' endpoints (with their signing secret) and the outbox of
 * deliveries, one per event and endpoint, written in the transaction of the event.
 */
export class Webhooks1796414706672 implements MigrationInterface {
  name = 'Webhooks1796414706672';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`webhook_deliveries\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`endpoint_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`message_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`type\` varchar(40) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`event_key\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`seed\` text NOT NULL, \`body\` mediumtext NULL, \`status\` varchar(10) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`attempts\` int UNSIGNED NOT NULL DEFAULT '0', \`last_status_code\` smallint UNSIGNED NULL, \`last_error\` varchar(500) NULL, \`next_attempt_at\` datetime(3) NULL, \`lease_until\` datetime(3) NULL, \`delivered_at\` datetime(3) NULL, \`created_at\` datetime(3) NOT NULL, INDEX \`idx_webhook_deliveries_due\` (\`status\`, \`next_attempt_at\`), INDEX \`idx_webhook_deliveries_endpoint\` (\`endpoint_id\`, \`created_at\`, \`id\`), UNIQUE INDEX \`uq_webhook_deliveries_message\` (\`message_id\`), UNIQUE INDEX \`uq_webhook_deliveries_event\` (\`endpoint_id\`, \`type\`, \`event_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`webhook_endpoints\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`url\` varchar(2048) NOT NULL, \`description\` varchar(500) NULL, \`events\` varchar(200) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`enabled\` tinyint NOT NULL DEFAULT 1, \`disabled_reason\` varchar(200) NULL, \`secret\` varchar(100) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`previous_secret\` varchar(100) CHARACTER SET "ascii" COLLATE "ascii_bin" NULL, \`previous_secret_until\` datetime(3) NULL, \`failing_since\` datetime(3) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_webhook_endpoints_org\` (\`organization_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`webhook_endpoints\``);
    await queryRunner.query(`DROP TABLE \`webhook_deliveries\``);
  }
}
