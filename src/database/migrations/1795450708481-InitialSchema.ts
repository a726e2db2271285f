import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795450708481 implements MigrationInterface {
  name = 'InitialSchema1795450708481';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`agents\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`name\` varchar(200) NOT NULL, \`description\` text NULL, \`language\` varchar(32) NULL, \`variables\` text NOT NULL, \`status\` varchar(8) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL DEFAULT 'active', \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_agents_org_created\` (\`organization_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`organizations\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`name\` varchar(200) NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`campaigns\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`name\` varchar(200) NOT NULL, \`description\` text NOT NULL, \`campaign_type\` varchar(8) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`status\` varchar(16) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL DEFAULT 'active', \`start_date\` date NOT NULL, \`start_time\` char(5) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`end_date\` date NOT NULL, \`end_time\` char(5) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`languages\` text NOT NULL, \`region\` varchar(16) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`tags\` text NOT NULL, \`timezone\` varchar(64) NOT NULL, \`contact_policy\` text NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_campaigns_org_created\` (\`organization_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customers\` (\`id\` bigint UNSIGNED NOT NULL AUTO_INCREMENT, \`campaign_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`external_id\` varbinary(255) NOT NULL, \`first_name\` varchar(100) NULL, \`last_name\` varchar(100) NULL, \`phone_number\` varchar(20) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`loan_amount\` decimal(18,4) NULL, \`emi_amount\` decimal(18,4) NULL, \`loan_period\` decimal(18,4) NULL, \`current_emi\` decimal(18,4) NULL, \`emi_due_date\` date NULL, \`lead_date\` date NULL, \`payment_status\` varchar(16) CHARACTER SET "ascii" COLLATE "ascii_general_ci" NULL, \`language\` varchar(32) NULL, \`timezone\` varchar(64) NULL, \`custom\` mediumtext NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_customers_org_phone\` (\`organization_id\`, \`phone_number\`), INDEX \`idx_customers_campaign_lead_date\` (\`campaign_id\`, \`lead_date\`), INDEX \`idx_customers_campaign_due\` (\`campaign_id\`, \`emi_due_date\`), INDEX \`idx_customers_campaign_language\` (\`campaign_id\`, \`language\`), INDEX \`idx_customers_campaign_status_language_due\` (\`campaign_id\`, \`payment_status\`, \`language\`, \`emi_due_date\`), UNIQUE INDEX \`uq_customers_campaign_external\` (\`campaign_id\`, \`external_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`customer_fields\` (\`campaign_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`field_key\` varchar(64) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`value_hash\` binary(32) NOT NULL, \`customer_id\` bigint UNSIGNED NOT NULL, INDEX \`idx_customer_fields_customer\` (\`customer_id\`), PRIMARY KEY (\`campaign_id\`, \`field_key\`, \`value_hash\`, \`customer_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`dispositions\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`name\` varchar(200) NOT NULL, \`description\` text NULL, \`priority\` int NOT NULL DEFAULT '500', \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX \`uq_dispositions_org_name\` (\`organization_id\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`attempts\` (\`id\` bigint UNSIGNED NOT NULL AUTO_INCREMENT, \`attempt_id\` char(28) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`initiation_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`campaign_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`channel\` varchar(8) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`customer_row_id\` bigint UNSIGNED NOT NULL, \`external_id\` varbinary(255) NOT NULL, \`phone\` varchar(20) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`batch\` int UNSIGNED NOT NULL, \`status\` varchar(12) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`reason\` varchar(500) NULL, \`provider_ref\` varchar(128) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_attempts_org_channel_phone\` (\`organization_id\`, \`channel\`, \`phone\`, \`status\`, \`updated_at\`), INDEX \`idx_attempts_initiation_status\` (\`initiation_id\`, \`status\`), INDEX \`idx_attempts_initiation_batch\` (\`initiation_id\`, \`batch\`, \`status\`), UNIQUE INDEX \`uq_attempts_attempt_id\` (\`attempt_id\`), UNIQUE INDEX \`uq_attempts_initiation_customer\` (\`initiation_id\`, \`customer_row_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`idempotency_keys\` (\`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`idem_key\` varchar(255) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`request_hash\` char(64) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`initiation_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`organization_id\`, \`idem_key\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`initiations\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`campaign_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`api_key_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NULL, \`channel\` varchar(8) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`status\` varchar(16) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`agent_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NULL, \`disposition_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NULL, \`template_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NULL, \`queue_prefix\` varchar(64) NOT NULL, \`request\` text NOT NULL, \`total_matched\` int UNSIGNED NOT NULL, \`customers_selected\` int UNSIGNED NOT NULL, \`batch_count\` int UNSIGNED NOT NULL, \`batch_size\` int UNSIGNED NOT NULL, \`initiated\` int UNSIGNED NOT NULL DEFAULT '0', \`failed\` int UNSIGNED NOT NULL DEFAULT '0', \`completed_at\` datetime(3) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_initiations_status\` (\`status\`), INDEX \`idx_initiations_org_created\` (\`organization_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`api_keys\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`prefix\` char(12) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`hash\` char(64) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`last_used_at\` datetime(3) NULL, \`expires_at\` datetime(3) NULL, \`revoked_at\` datetime(3) NULL, INDEX \`idx_api_keys_org\` (\`organization_id\`), UNIQUE INDEX \`uq_api_keys_prefix\` (\`prefix\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`phone_numbers\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`number\` varchar(20) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`label\` varchar(200) NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`voice\` tinyint NOT NULL DEFAULT 1, \`sms\` tinyint NOT NULL DEFAULT 1, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), UNIQUE INDEX \`uq_phone_numbers_org_number\` (\`organization_id\`, \`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`sms_templates\` (\`id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`name\` varchar(200) NOT NULL, \`body\` text NOT NULL, \`sender_id\` varchar(11) NOT NULL, \`dlt_template_id\` varchar(64) NULL, \`language\` varchar(32) NULL, \`variables\` text NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX \`idx_sms_templates_org_created\` (\`organization_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`campaigns\` ADD CONSTRAINT \`FK_b82fcefa3141cf82e4eb695b73c\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`customers\` ADD CONSTRAINT \`FK_c67c4c52a20e6bfb684dc72d594\` FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`customer_fields\` ADD CONSTRAINT \`FK_8f5d482dd95e52dc26af34266d6\` FOREIGN KEY (\`customer_id\`) REFERENCES \`customers\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`api_keys\` ADD CONSTRAINT \`FK_a283bdef18876e525aefaec042f\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`api_keys\` DROP FOREIGN KEY \`FK_a283bdef18876e525aefaec042f\``);
    await queryRunner.query(`ALTER TABLE \`customer_fields\` DROP FOREIGN KEY \`FK_8f5d482dd95e52dc26af34266d6\``);
    await queryRunner.query(`ALTER TABLE \`customers\` DROP FOREIGN KEY \`FK_c67c4c52a20e6bfb684dc72d594\``);
    await queryRunner.query(`ALTER TABLE \`campaigns\` DROP FOREIGN KEY \`FK_b82fcefa3141cf82e4eb695b73c\``);
    await queryRunner.query(`DROP INDEX \`idx_sms_templates_org_created\` ON \`sms_templates\``);
    await queryRunner.query(`DROP TABLE \`sms_templates\``);
    await queryRunner.query(`DROP INDEX \`uq_phone_numbers_org_number\` ON \`phone_numbers\``);
    await queryRunner.query(`DROP TABLE \`phone_numbers\``);
    await queryRunner.query(`DROP INDEX \`uq_api_keys_prefix\` ON \`api_keys\``);
    await queryRunner.query(`DROP INDEX \`idx_api_keys_org\` ON \`api_keys\``);
    await queryRunner.query(`DROP TABLE \`api_keys\``);
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
    await queryRunner.query(`DROP INDEX \`uq_dispositions_org_name\` ON \`dispositions\``);
    await queryRunner.query(`DROP TABLE \`dispositions\``);
    await queryRunner.query(`DROP INDEX \`idx_customer_fields_customer\` ON \`customer_fields\``);
    await queryRunner.query(`DROP TABLE \`customer_fields\``);
    await queryRunner.query(`DROP INDEX \`uq_customers_campaign_external\` ON \`customers\``);
    await queryRunner.query(`DROP INDEX \`idx_customers_campaign_status_language_due\` ON \`customers\``);
    await queryRunner.query(`DROP INDEX \`idx_customers_campaign_language\` ON \`customers\``);
    await queryRunner.query(`DROP INDEX \`idx_customers_campaign_due\` ON \`customers\``);
    await queryRunner.query(`DROP INDEX \`idx_customers_campaign_lead_date\` ON \`customers\``);
    await queryRunner.query(`DROP INDEX \`idx_customers_org_phone\` ON \`customers\``);
    await queryRunner.query(`DROP TABLE \`customers\``);
    await queryRunner.query(`DROP INDEX \`idx_campaigns_org_created\` ON \`campaigns\``);
    await queryRunner.query(`DROP TABLE \`campaigns\``);
    await queryRunner.query(`DROP TABLE \`organizations\``);
    await queryRunner.query(`DROP INDEX \`idx_agents_org_created\` ON \`agents\``);
    await queryRunner.query(`DROP TABLE \`agents\``);
  }
}
