import { InitialSchema1795450708481 } from './1795450708481-InitialSchema';
import { ContactPolicy1796117556177 } from './1796117556177-ContactPolicy';
import { AttemptsOpenBatches1796120607157 } from './1796120607157-AttemptsOpenBatches';
import { Outcomes1796409649812 } from './1796409649812-Outcomes';
import { LanguageKey1796410394433 } from './1796410394433-LanguageKey';
import { LogsPhoneIndex1796411000000 } from './1796411000000-LogsPhoneIndex';
import { Cancel1796414600000 } from './1796414600000-Cancel';
import { FollowUps1796414700000 } from './1796414700000-FollowUps';
import { Webhooks1796414706672 } from './1796414706672-Webhooks';
import { StreamedSelection1796414800000 } from './1796414800000-StreamedSelection';
import { MissingFields1796414900000 } from './1796414900000-MissingFields';

/** Every migration, in order. New ones: `npm run migration:generate -- src/database/migrations/<Name>`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  InitialSchema1795450708481,
  ContactPolicy1796117556177,
  AttemptsOpenBatches1796120607157,
  Outcomes1796409649812,
  LanguageKey1796410394433,
  LogsPhoneIndex1796411000000,
  Cancel1796414600000,
  FollowUps1796414700000,
  Webhooks1796414706672,
  StreamedSelection1796414800000,
  MissingFields1796414900000,
];
