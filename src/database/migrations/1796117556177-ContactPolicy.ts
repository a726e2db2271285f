import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactPolicy1796117556177 implements MigrationInterface {
  name = 'ContactPolicy1796117556177';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_attempts_org_channel_phone\` ON \`attempts\``);
    await queryRunner.query(
      `CREATE TABLE \`contact_log\` (\`id\` bigint UNSIGNED NOT NULL AUTO_INCREMENT, \`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`channel\` varchar(8) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`phone\` varchar(20) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`contacted_at\` datetime(3) NOT NULL, INDEX \`idx_contact_log_recent\` (\`organization_id\`, \`channel\`, \`contacted_at\`, \`phone\`), INDEX \`idx_contact_log_phone\` (\`organization_id\`, \`channel\`, \`phone\`, \`contacted_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`contact_policies\` (\`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`policy\` text NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`updated_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), PRIMARY KEY (\`organization_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`do_not_contact\` (\`organization_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`phone\` varchar(20) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`channel\` varchar(8) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, \`reason\` varchar(500) NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`organization_id\`, \`phone\`, \`channel\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`handed_over_batches\` (\`initiation_id\` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NOT NULL, \`batch\` int UNSIGNED NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`initiation_id\`, \`batch\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`customers\` ADD \`phone_timezone\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`attempts\` ADD \`wave\` smallint UNSIGNED NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE \`initiations\` ADD \`schedule\` text NULL`);
    await queryRunner.query(
      `CREATE INDEX \`idx_customers_campaign_zones\` ON \`customers\` (\`campaign_id\`, \`timezone\`, \`phone_timezone\`)`,
    );
    await queryRunner.query(
      `ALTER TABLE \`contact_policies\` ADD CONSTRAINT \`FK_75d2ef3f8f6b509219084d05fc5\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`do_not_contact\` ADD CONSTRAINT \`FK_9a6ee044821c7455a6c577a090a\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Attempt caps count the contact log: it starts with the accepted attempts of the last year.
    await queryRunner.query(
      `INSERT INTO \`contact_log\` (\`organization_id\`, \`channel\`, \`phone\`, \`contacted_at\`) SELECT \`organization_id\`, \`channel\`, \`phone\`, \`updated_at\` FROM \`attempts\` WHERE \`status\` = 'initiated' AND \`updated_at\` >= NOW(3) - INTERVAL 365 DAY`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`do_not_contact\` DROP FOREIGN KEY \`FK_9a6ee044821c7455a6c577a090a\``);
    await queryRunner.query(`ALTER TABLE \`contact_policies\` DROP FOREIGN KEY \`FK_75d2ef3f8f6b509219084d05fc5\``);
    await queryRunner.query(`DROP INDEX \`idx_customers_campaign_zones\` ON \`customers\``);
    await queryRunner.query(`ALTER TABLE \`initiations\` DROP COLUMN \`schedule\``);
    await queryRunner.query(`ALTER TABLE \`attempts\` DROP COLUMN \`wave\``);
    await queryRunner.query(`ALTER TABLE \`customers\` DROP COLUMN \`phone_timezone\``);
    await queryRunner.query(`DROP TABLE \`handed_over_batches\``);
    await queryRunner.query(`DROP TABLE \`do_not_contact\``);
    await queryRunner.query(`DROP TABLE \`contact_policies\``);
    await queryRunner.query(`DROP INDEX \`idx_contact_log_phone\` ON \`contact_log\``);
    await queryRunner.query(`DROP INDEX \`idx_contact_log_recent\` ON \`contact_log\``);
    await queryRunner.query(`DROP TABLE \`contact_log\``);
    await queryRunner.query(
      `CREATE INDEX \`idx_attempts_org_channel_phone\` ON \`attempts\` (\`organization_id\`, \`channel\`, \`phone\`, \`status\`, \`updated_at\`)`,
    );
  }
}
