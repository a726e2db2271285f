import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainError } from '../common/errors';
import type { ContactPolicy } from '../contact-policy/policy';
import type { ChannelParams, ChannelPort, ChannelResources } from '../initiations/channel.port';
import { ChannelRegistry } from '../initiations/channel.registry';
import { SmsTemplatesService } from './sms-templates.service';
import { SMS_TEXT } from './sms.text';

/** The SMS channel's checks (SPEC §4, §7): the template exists and, where required, meets TRAI's DLT rules. */
@Injectable()
export class SmsChannel implements ChannelPort, OnModuleInit {
  readonly channel = 'sms';
  readonly text = SMS_TEXT;

  constructor(
    private readonly registry: ChannelRegistry,
    private readonly templates: SmsTemplatesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async prepare(organizationId: string, params: ChannelParams, policy: ContactPolicy): Promise<ChannelResources> {
    const template = await this.templates.get(organizationId, params.templateId ?? '');
    // TRAI's DLT rules, at the moment the template is used.
    if (policy.requireDlt && !template.dltTemplateId) {
      throw new DomainError('BAD_REQUEST', 'Template is not DLT-registered');
    }
    if (policy.requireDlt && !/^[A-Za-z]{6}$/.test(template.senderId)) {
      throw new DomainError('BAD_REQUEST', 'Sender ID must be 6 letters');
    }
    return { variables: template.variables, templateId: template.id };
  }
}
