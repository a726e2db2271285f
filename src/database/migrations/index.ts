import { Foundation1795445797894 } from './1795445797894-Foundation';

/** Every migration, in order. New ones: `npm run migration:generate -- src/database/migrations/<Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [Foundation1795445797894];
