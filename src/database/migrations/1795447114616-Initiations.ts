import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initiations1795447114616 implements MigrationInterface {
  name = 'Initiations1795447114616';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`attempts\` (\`id\` bigint UNSIGNED NOT NULL AUTO_INCREMENT, \`attempt_id\` char(28) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`initiation_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`campaign_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`channel\` varchar(8) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`customer_row_id\` bigint UNSIGNED NOT NULL, \`external_id\` varbinary(255) NOT NULL, \`phone\` varchar(20) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`batch\` int UNSIGNED NOT NULL, \`status\` varchar(12) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`reason\` varchar(500) NULL, \`provider_ref\` varchar(128) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_attempts_org_channel_phone\` (\`organization_id\`, \`channel\`, \`phone\`, \`status\`, \`updated_at\`), INDEX \`idx_attempts_initiation_status\` (\`initiation_id\`, \`status\`), INDEX \`idx_attempts_initiation_batch\` (\`initiation_id\`, \`batch\`, \`status\`), UNIQUE INDEX \`uq_attempts_attempt_id\` (\`attempt_id\`), UNIQUE INDEX \`uq_attempts_initiation_customer\` (\`initiation_id\`, \`customer_row_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`idempotency_keys\` (\`organization_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`idem_key\` varchar(255) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`request_hash\` char(64) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`initiation_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`organization_id\`, \`idem_key\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`initiations\` (\`id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`campaign_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`api_key_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NULL, \`channel\` varchar(8) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`status\` varchar(16) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`agent_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NULL, \`disposition_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NULL, \`template_id\` varchar(32) CHARACTER SET "ascii" COLLATE "ascii_bin" NULL, \`request\` text NOT NULL, \`total_matched\` int UNSIGNED NOT NULL, \`customers_selected\` int UNSIGNED NOT NULL, \`batch_count\` int UNSIGNED NOT NULL, \`batch_size\` int UNSIGNED NOT NULL, \`initiated\` int UNSIGNED NOT NULL DEFAULT '0', \`failed\` int UNSIGNED NOT NULL DEFAULT '0', \`completed_at\` datetime(3) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_initiations_status\` (\`status\`), INDEX \`idx_initiations_org_created\` (\`organization_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_initiations_org_created\` ON \`initiations\``);
    await queryRunner.query(`DROP INDEX \`idx_initiations_status\` ON \`initiations\``);
    await queryRunner.query(`DROP TABLE \`initiations\``);
    await queryRunner.query(`DROP TABLE \`idempotency_keys\``);
    await queryRunner.query(`DROP INDEX \`uq_attempts_initiation_customer\` ON \`attempts\``);
    await queryRunner.query(`DROP INDEX \`uq_attempts_attempt_id\` ON \`attempts\``);
    await queryRunner.query(`DROP INDEX \`idx_attempts_initiation_batch\` ON \`attempts\``);
    await queryRunner.query(`DROP INDEX \`idx_attempts_initiation_status\` ON \`attempts\``);
    await queryRunner.query(`DROP INDEX \`idx_attempts_org_channel_phone\` ON \`attempts\``);
    await queryRunner.query(`DROP TABLE \`attempts\``);
  }
}
