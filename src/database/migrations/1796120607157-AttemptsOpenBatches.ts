import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The attempt indexes for dispatch at a million attempts:
 * - the batch joins the (initiation, status) index, so an initiation's open batches are found by a
 *   loose index scan (one dive per batch) instead of reading every open attempt, which the
 *   recovery sweep and the live report did at each call (6–8 s per sweep at 1,000,000);
 * - (initiation, batch) loses the status, so writing an outcome moves one index entry, not two;
 * - the initiated/failed counts of initiations still running are filled in: from now on they move
 *   with each batch's outcomes and the live report reads them.
 */
export class AttemptsOpenBatches1796120607157 implements MigrationInterface {
  name = 'AttemptsOpenBatches1796120607157';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `attempts` DROP INDEX `idx_attempts_initiation_status`, DROP INDEX `idx_attempts_initiation_batch`, ' +
        'ADD INDEX `idx_attempts_initiation_status_batch` (`initiation_id`, `status`, `batch`), ' +
        'ADD INDEX `idx_attempts_initiation_batch` (`initiation_id`, `batch`)',
    );
    await queryRunner.query(
      "UPDATE `initiations` i SET i.`initiated` = (SELECT COUNT(*) FROM `attempts` a WHERE a.`initiation_id` = i.`id` AND a.`status` = 'initiated'), " +
        "i.`failed` = (SELECT COUNT(*) FROM `attempts` a WHERE a.`initiation_id` = i.`id` AND a.`status` = 'failed') " +
        "WHERE i.`status` IN ('queued', 'running', 'scheduled')",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `attempts` DROP INDEX `idx_attempts_initiation_status_batch`, DROP INDEX `idx_attempts_initiation_batch`, ' +
        'ADD INDEX `idx_attempts_initiation_status` (`initiation_id`, `status`), ' +
        'ADD INDEX `idx_attempts_initiation_batch` (`initiation_id`, `batch`, `status`)',
    );
  }
}
