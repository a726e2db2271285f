import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20, a large selection written in chunks: `selecting` while chunks are still being written
 * (the initiation cannot end, and only its batches up to `batch_count` may be sent), and the last
 * customer row id whose chunk is written, so a selection whose process stopped is resumed from
 * there by a worker's recovery sweep. `initiations` is small: one ALTER.
 */
export class StreamedSelection1796414800000 implements MigrationInterface {
  name = 'StreamedSelection1796414800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `initiations` ' +
        'ADD `selecting` tinyint NOT NULL DEFAULT 0, ' +
        'ADD `selected_through` bigint UNSIGNED NULL, ' +
        'ADD `select_until` bigint UNSIGNED NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `initiations` DROP COLUMN `select_until`, DROP COLUMN `selected_through`, DROP COLUMN `selecting`',
    );
  }
}
