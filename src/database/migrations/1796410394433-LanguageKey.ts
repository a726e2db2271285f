import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `language` filter compared through the column's collation (utf8mb4_unicode_ci), which folds
 * accents and ignores invisible characters and trailing spaces: `espanol` matched `español`, `hindi`
 * matched `hindi\u200b`. SPEC §4 wants case ignored and nothing else. `language_key` holds the
 * language lower-cased, compared as bytes; the two targeting indexes move to it (same names, same
 * places), so the filtered count keeps its index-only range scan. `language` stays as given, for
 * responses and providers.
 *
 * Existing rows: the database lower-cases them in one pass; then each distinct language whose
 * lower case differs in JavaScript (the writer's `toLowerCase()`, which new rows get) is set again,
 * so old and new rows carry the same key. The indexes are built after the fill.
 */
export class LanguageKey1796410394433 implements MigrationInterface {
  name = 'LanguageKey1796410394433';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `customers` ADD `language_key` varbinary(128) NULL AFTER `language`, ' +
        'DROP INDEX `idx_customers_campaign_language`, DROP INDEX `idx_customers_campaign_status_language_due`',
    );
    await queryRunner.query(
      'UPDATE `customers` SET `language_key` = CAST(LOWER(`language`) AS BINARY) WHERE `language` IS NOT NULL',
    );
    const distinct = (await queryRunner.query(
      'SELECT DISTINCT CAST(`language` AS BINARY) AS given, `language_key` AS lowered FROM `customers` WHERE `language` IS NOT NULL',
    )) as Array<{ given: Buffer; lowered: Buffer }>;
    for (const { given, lowered } of distinct) {
      // Frozen here on purpose: the writer's rule as of this migration.
      const key = Buffer.from(given.toString('utf8').toLowerCase(), 'utf8');
      if (key.equals(lowered)) continue;
      await queryRunner.query(
        'UPDATE `customers` SET `language_key` = ? WHERE `language_key` = ? AND CAST(`language` AS BINARY) = ?',
        [key, lowered, given],
      );
    }
    await queryRunner.query(
      'ALTER TABLE `customers` ADD INDEX `idx_customers_campaign_language` (`campaign_id`, `language_key`), ' +
        'ADD INDEX `idx_customers_campaign_status_language_due` (`campaign_id`, `payment_status`, `language_key`, `emi_due_date`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `customers` DROP INDEX `idx_customers_campaign_status_language_due`, ' +
        'DROP INDEX `idx_customers_campaign_language`, DROP COLUMN `language_key`, ' +
        'ADD INDEX `idx_customers_campaign_status_language_due` (`campaign_id`, `payment_status`, `language`, `emi_due_date`), ' +
        'ADD INDEX `idx_customers_campaign_language` (`campaign_id`, `language`)',
    );
  }
}
