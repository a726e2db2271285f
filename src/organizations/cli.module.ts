import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoreModule } from '../common/core.module';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { OrganizationsModule } from './organizations.module';

/** Just what the operator CLI needs: the database and the organization services. */
@Module({})
export class CliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CoreModule.register(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config), retryAttempts: 0 }),
        OrganizationsModule,
      ],
    };
  }
}
