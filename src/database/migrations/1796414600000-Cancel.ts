import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SPEC §10, cancel: when it was asked for, by which API key (the attempts' reason names it), and how
 * many attempts it stopped (a repeated cancel answers the same). `initiations` is small: one ALTER.
 */
export class Cancel1796414600000 implements MigrationInterface {
  name = 'Cancel1796414600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `initiations` ' +
        'ADD `canceled_at` datetime(3) NULL, ' +
        'ADD `canceled_by` varchar(32) CHARACTER SET "utf8mb4" COLLATE "utf8mb4_bin" NULL, ' +
        'ADD `canceled_count` int UNSIGNED NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `initiations` DROP COLUMN `canceled_count`, DROP COLUMN `canceled_by`, DROP COLUMN `canceled_at`',
    );
  }
}
