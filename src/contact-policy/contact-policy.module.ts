import { Module } from '@nestjs/common';
import { ContactPolicyService } from './contact-policy.service';
import { DoNotContactService } from './do-not-contact.service';
import { ExclusionService } from './exclusion.service';

/** The policy, the do-not-contact list and the exclusion rules (API and workers alike). */
@Module({
  providers: [ContactPolicyService, DoNotContactService, ExclusionService],
  exports: [ContactPolicyService, DoNotContactService, ExclusionService],
})
export class ContactPolicyModule {}
