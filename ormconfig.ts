import { DataSource } from 'typeorm';
import { loadConfig } from './src/config/app-config';
import { dataSourceOptions } from './src/database/data-source';
import { ensureDatabase } from './src/database/prepare';

// For the TypeORM CLI (`npm run migration:*`): the same options the app uses.
if (typeof process.loadEnvFile === 'function') {
  try {
    process.loadEnvFile();
  } catch {
    // no .env file: the environment alone configures it
  }
}

export default ensureDatabase(loadConfig(process.env)).then((config) => new DataSource(dataSourceOptions(config)));
