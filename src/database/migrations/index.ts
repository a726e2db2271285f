import { Initiations1795447114616 } from './1795447114616-Initiations';
import { TargetingIndex1795449569731 } from './1795449569731-TargetingIndex';
import { InitialSchema1795446234723 } from './1795446234723-InitialSchema';

/** Every migration, in order. New ones: `npm run migration:generate -- src/database/migrations/<Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  InitialSchema1795446234723,
  Initiations1795447114616,
  TargetingIndex1795449569731,
];
