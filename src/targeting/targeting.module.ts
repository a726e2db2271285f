import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { Customer } from '../customers/customer.entity';
import { AudienceController } from './audience.controller';
import { FilterQueryBuilder } from './filter-query.builder';
import { TargetingService } from './targeting.service';

@Module({
  imports: [TypeOrmModule.forFeature([Customer]), CampaignsModule],
  providers: [FilterQueryBuilder, TargetingService],
  exports: [FilterQueryBuilder, TargetingService],
})
export class TargetingModule {}

/** The HTTP routes; mounted only in processes that serve the API (workers import TargetingModule alone). */
@Module({ imports: [TargetingModule], controllers: [AudienceController] })
export class TargetingHttpModule {}
