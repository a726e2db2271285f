import { Column, ColumnOptions, CreateDateColumn, PrimaryColumn } from 'typeorm';

/**
 * Public ids (`camp_…`) compare exactly (binary collation). utf8mb4 rather than ascii: an id from a
 * request may hold any character, and comparing it with an ascii column is an error, not a miss.
 * Ids are ASCII, so they take the same bytes either way.
 */
export const ID_CHARSET = { charset: 'utf8mb4', collation: 'utf8mb4_bin' } as const;
const ID = { type: 'varchar', length: 32, ...ID_CHARSET } as const;

export const PrimaryIdColumn = (): PropertyDecorator => PrimaryColumn(ID);

export const IdColumn = (name: string, options: Omit<ColumnOptions, 'type' | 'length'> = {}): PropertyDecorator =>
  Column({ ...ID, name, ...options });

export const CreatedAtColumn = (): PropertyDecorator =>
  CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3, default: () => 'CURRENT_TIMESTAMP(3)' });

/**
 * Kept by the database (ON UPDATE CURRENT_TIMESTAMP(3)), not by TypeORM: TypeORM's UpdateDateColumn
 * writes CURRENT_TIMESTAMP, whole seconds, which can put `updatedAt` before `createdAt`.
 */
export const UpdatedAtColumn = (): PropertyDecorator =>
  Column({
    name: 'updated_at',
    type: 'datetime',
    precision: 3,
    default: () => 'CURRENT_TIMESTAMP(3)',
    onUpdate: 'CURRENT_TIMESTAMP(3)',
    insert: false,
    update: false,
  });

/** DECIMAL comes back from mysql2 as a string; customers' numbers are returned as numbers, as given. */
export const decimalTransformer = {
  to: (value: number | null | undefined): number | null | undefined => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};
