import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminController } from './admin.controller';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import { WhoAmIController } from './whoami.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, ApiKey])],
  providers: [OrganizationsService, ApiKeysService],
  exports: [OrganizationsService, ApiKeysService],
})
export class OrganizationsModule {}

/** The operator routes; mounted only in processes that serve the API. */
@Module({ imports: [OrganizationsModule], controllers: [AdminController, WhoAmIController] })
export class AdminModule {}
