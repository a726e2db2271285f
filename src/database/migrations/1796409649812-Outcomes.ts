import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SPEC §9, outcomes: the attempt's outcome (forward-only, `outcome_rank`), its fields, when it was
 * handed over and when the sweep next looks at it; `attempt_events`, every event as it arrived.
 * One ALTER (one rebuild of a large table, not seventeen). Attempts initiated before this
 * migration are handed over at their last update and swept with the default timeouts. Twilio's
 * status callback names its message by sid alone: SMS refs are kept again in `sms_ref`, indexed
 * (an index on `provider_ref` itself would move at every call's hand-over). The logs' indexes
 * carry channel and outcome, so their counts by type and TimePay status read the index alone.
 */
export class Outcomes1796409649812 implements MigrationInterface {
  name = 'Outcomes1796409649812';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `attempt_events` (`id` bigint UNSIGNED NOT NULL AUTO_INCREMENT, `attempt_row_id` bigint UNSIGNED NOT NULL, ' +
        '`event` varchar(16) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, `at` datetime(3) NOT NULL, ' +
        '`source` varchar(8) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, `payload` text NULL, `received_at` datetime(3) NOT NULL, ' +
        'UNIQUE INDEX `uq_attempt_events_attempt_event_at` (`attempt_row_id`, `event`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `attempts` ' +
        'ADD `from_phone` varchar(20) CHARACTER SET "ascii" COLLATE "ascii_bin" NULL, ' +
        'ADD `initiated_at` datetime(3) NULL, ' +
        'ADD `outcome` varchar(16) CHARACTER SET "ascii" COLLATE "ascii_bin" NULL, ' +
        "ADD `outcome_rank` tinyint UNSIGNED NOT NULL DEFAULT '0', " +
        'ADD `outcome_at` datetime(3) NULL, ' +
        'ADD `outcome_reason` varchar(500) NULL, ' +
        'ADD `duration_sec` int UNSIGNED NULL, ' +
        'ADD `disposition_id` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NULL, ' +
        'ADD `disposition` varchar(255) NULL, ' +
        'ADD `summary` text NULL, ' +
        'ADD `recording_url` varchar(2048) NULL, ' +
        'ADD `transcript_url` varchar(2048) NULL, ' +
        'ADD `extracted` text NULL, ' +
        'ADD `check_at` datetime(3) NULL, ' +
        "ADD `lookup_failures` tinyint UNSIGNED NOT NULL DEFAULT '0', " +
        'ADD INDEX `idx_attempts_initiation_outcome` (`initiation_id`, `outcome_rank`, `outcome`), ' +
        'ADD `sms_ref` varchar(128) NULL, ' +
        'ADD INDEX `idx_attempts_campaign_initiated` (`campaign_id`, `initiated_at`, `id`, `channel`, `outcome`), ' +
        'ADD INDEX `idx_attempts_org_initiated` (`organization_id`, `initiated_at`, `id`, `channel`, `outcome`), ' +
        'ADD INDEX `idx_attempts_check_at` (`check_at`), ' +
        'ADD INDEX `idx_attempts_sms_ref` (`sms_ref`)',
    );
    await queryRunner.query(
      "UPDATE `attempts` SET `initiated_at` = `updated_at`, `check_at` = `updated_at` + INTERVAL IF(`channel` = 'calls', 7200, 172800) SECOND " +
        "WHERE `status` = 'initiated'",
    );
    await queryRunner.query(
      "UPDATE `attempts` SET `sms_ref` = `provider_ref` WHERE `channel` = 'sms' AND `status` = 'initiated'",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `attempts` DROP INDEX `idx_attempts_sms_ref`, DROP INDEX `idx_attempts_check_at`, DROP INDEX `idx_attempts_org_initiated`, ' +
        'DROP INDEX `idx_attempts_campaign_initiated`, DROP INDEX `idx_attempts_initiation_outcome`, ' +
        'DROP COLUMN `sms_ref`, DROP COLUMN `lookup_failures`, DROP COLUMN `check_at`, DROP COLUMN `extracted`, DROP COLUMN `transcript_url`, ' +
        'DROP COLUMN `recording_url`, DROP COLUMN `summary`, DROP COLUMN `disposition`, DROP COLUMN `disposition_id`, ' +
        'DROP COLUMN `duration_sec`, DROP COLUMN `outcome_reason`, DROP COLUMN `outcome_at`, DROP COLUMN `outcome_rank`, ' +
        'DROP COLUMN `outcome`, DROP COLUMN `initiated_at`, DROP COLUMN `from_phone`',
    );
    await queryRunner.query('DROP TABLE `attempt_events`');
  }
}
