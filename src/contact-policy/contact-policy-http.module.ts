import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContactPolicyController, DoNotContactController } from './contact-policy.controller';
import { ContactPolicyModule } from './contact-policy.module';

/** The HTTP routes; mounted only in processes that serve the API (a separate file: campaigns import the policy). */
@Module({
  imports: [ContactPolicyModule, CampaignsModule],
  controllers: [ContactPolicyController, DoNotContactController],
})
export class ContactPolicyHttpModule {}
