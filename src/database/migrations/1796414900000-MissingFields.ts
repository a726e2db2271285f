import { MigrationInterface, QueryRunner } from 'typeorm';

/** The mask as the customer writer computes it (customers/missing-fields.ts), frozen here. */
export const MISSING_FIELDS_BACKFILL =
  '(`first_name` IS NULL) * 1 + (`last_name` IS NULL) * 2 + (`loan_amount` IS NULL) * 4 + (`emi_amount` IS NULL) * 8 + ' +
  '(`loan_period` IS NULL) * 16 + (`current_emi` IS NULL) * 32 + (`emi_due_date` IS NULL) * 64 + (`lead_date` IS NULL) * 128 + ' +
  '(`payment_status` IS NULL) * 256 + (`language` IS NULL) * 512 + (`timezone` IS NULL) * 1024';

/**
 * Issue 20: which standard fields each customer lacks, one bit each, indexed with the campaign, so
 * that whether any customer of a campaign lacks a required variable is a few index dives (the
 * distinct masks) rather than a pass over a million rows. Existing rows are filled in once.
 */
export class MissingFields1796414900000 implements MigrationInterface {
  name = 'MissingFields1796414900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `customers` ADD `missing_fields` smallint UNSIGNED NOT NULL DEFAULT '0', " +
        'ADD INDEX `idx_customers_campaign_missing` (`campaign_id`, `missing_fields`)',
    );
    await queryRunner.query(`UPDATE \`customers\` SET \`missing_fields\` = ${MISSING_FIELDS_BACKFILL}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `customers` DROP INDEX `idx_customers_campaign_missing`, DROP COLUMN `missing_fields`',
    );
  }
}
