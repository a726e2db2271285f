import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795445797894 implements MigrationInterface {
  name = 'Foundation1795445797894';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`organizations\` (\`id\` varchar(32) NOT NULL, \`name\` varchar(200) NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`api_keys\` (\`id\` varchar(32) NOT NULL, \`organization_id\` varchar(32) NOT NULL, \`prefix\` char(12) NOT NULL, \`hash\` char(64) NOT NULL, \`created_at\` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), \`last_used_at\` datetime(3) NULL, \`expires_at\` datetime(3) NULL, \`revoked_at\` datetime(3) NULL, INDEX \`idx_api_keys_org\` (\`organization_id\`), UNIQUE INDEX \`uq_api_keys_prefix\` (\`prefix\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`api_keys\` ADD CONSTRAINT \`FK_a283bdef18876e525aefaec042f\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`api_keys\` DROP FOREIGN KEY \`FK_a283bdef18876e525aefaec042f\``);
    await queryRunner.query(`DROP INDEX \`uq_api_keys_prefix\` ON \`api_keys\``);
    await queryRunner.query(`DROP INDEX \`idx_api_keys_org\` ON \`api_keys\``);
    await queryRunner.query(`DROP TABLE \`api_keys\``);
    await queryRunner.query(`DROP TABLE \`organizations\``);
  }
}
