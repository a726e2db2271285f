import { ApiKey } from '../organizations/api-key.entity';
import { Organization } from '../organizations/organization.entity';

/** Every entity, listed once, for the app, the CLI and the TypeORM CLI alike. */
export const ENTITIES = [Organization, ApiKey];
