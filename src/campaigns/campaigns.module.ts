import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactPolicyModule } from '../contact-policy/contact-policy.module';
import { Campaign } from './campaign.entity';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign]), ContactPolicyModule],
  providers: [CampaignsService],
  exports: [CampaignsService],
})
export class CampaignsModule {}

/** The HTTP routes; mounted only in processes that serve the API (workers import CampaignsModule alone). */
@Module({ imports: [CampaignsModule], controllers: [CampaignsController] })
export class CampaignsHttpModule {}
