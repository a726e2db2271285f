import { MigrationInterface, QueryRunner } from 'typeorm';

export class TargetingIndex1795449569731 implements MigrationInterface {
  name = 'TargetingIndex1795449569731';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_customers_campaign_status\` ON \`customers\``);
    await queryRunner.query(
      `CREATE INDEX \`idx_customers_campaign_status_language_due\` ON \`customers\` (\`campaign_id\`, \`payment_status\`, \`language\`, \`emi_due_date\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_customers_campaign_status_language_due\` ON \`customers\``);
    await queryRunner.query(
      `CREATE INDEX \`idx_customers_campaign_status\` ON \`customers\` (\`campaign_id\`, \`payment_status\`)`,
    );
  }
}
