import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SPEC §10, follow-ups: an initiation keeps its `retry` policy and when the follow-up sweep next
 * looks at it (`follow_up_at`, indexed: the sweep reads initiations, never scans attempts); a
 * follow-up is an attempt of the same customer in the same initiation with its `retry_number` (0:
 * the first round), the attempt it follows (`retry_of`, public id) and when it is due (`due_at`).
 * A customer has one attempt per round: the unique key gains `retry_number`. No new index on
 * `attempts` (each would take an entry for every first-round row). One ALTER of `attempts`.
 */
export class FollowUps1796414700000 implements MigrationInterface {
  name = 'FollowUps1796414700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `attempts` ' +
        "ADD `retry_number` tinyint UNSIGNED NOT NULL DEFAULT '0', " +
        'ADD `retry_of` char(28) CHARACTER SET "ascii" COLLATE "ascii_bin" NULL, ' +
        'ADD `due_at` datetime(3) NULL, ' +
        'DROP INDEX `uq_attempts_initiation_customer`, ' +
        'ADD UNIQUE INDEX `uq_attempts_initiation_customer_retry` (`initiation_id`, `customer_row_id`, `retry_number`)',
    );
    await queryRunner.query(
      'ALTER TABLE `initiations` ADD `retry` text NULL, ADD `follow_up_at` datetime(3) NULL, ' +
        'ADD INDEX `idx_initiations_follow_up_at` (`follow_up_at`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `initiations` DROP INDEX `idx_initiations_follow_up_at`, DROP COLUMN `follow_up_at`, DROP COLUMN `retry`',
    );
    await queryRunner.query('DELETE FROM `attempts` WHERE `retry_number` > 0');
    await queryRunner.query(
      'ALTER TABLE `attempts` ' +
        'DROP INDEX `uq_attempts_initiation_customer_retry`, ' +
        'ADD UNIQUE INDEX `uq_attempts_initiation_customer` (`initiation_id`, `customer_row_id`), ' +
        'DROP COLUMN `due_at`, DROP COLUMN `retry_of`, DROP COLUMN `retry_number`',
    );
  }
}
