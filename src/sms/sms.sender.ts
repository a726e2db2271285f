import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { withFrom } from '../initiations/channel.port';
import type { BatchRow, ChannelSender, LookupAnswer, LookupTarget, OutcomeSink } from '../initiations/channel.port';
import { ChannelRegistry } from '../initiations/channel.registry';
import type { Initiation } from '../initiations/initiation.entity';
import { SMS_PROVIDER, SmsProvider } from './providers/sms-provider';
import { SmsTemplatesService } from './sms-templates.service';
import { buildMessages } from './sms-batch';

/** Sends a batch of SMS: each message rendered from the template as it is now, to the SMS provider. */
@Injectable()
export class SmsSender implements ChannelSender, OnModuleInit {
  readonly channel = 'sms';
  /** Twilio cannot de-duplicate: each message is claimed before it is sent, never sent twice. */
  readonly claimsBeforeSending: boolean;
  /** A claim a Twilio run left stays failed as unknown, whichever provider sends now. */
  readonly mayHoldClaims = true;

  constructor(
    private readonly registry: ChannelRegistry,
    private readonly templates: SmsTemplatesService,
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
  ) {
    this.claimsBeforeSending = !sms.deduplicates;
  }

  onModuleInit(): void {
    this.registry.registerSender(this);
  }

  async send(initiation: Initiation, batch: number, rows: BatchRow[], sink: OutcomeSink): Promise<void> {
    const template = await this.templates.get(initiation.organizationId, initiation.templateId ?? '');
    await this.sms.sendSms(
      {
        initiationId: initiation.id,
        batch,
        templateId: template.id,
        dltTemplateId: template.dltTemplateId,
        senderId: template.senderId,
        messages: buildMessages(rows, template),
      },
      withFrom(sink, () => template.senderId),
    );
  }

  /** Twilio is asked; the gateway's protocol and the sandbox have no lookup: the sweep expires the attempt. */
  async lookup(attempt: LookupTarget): Promise<LookupAnswer> {
    if (!this.sms.lookupMessage || !attempt.providerRef) return { kind: 'none' };
    return this.sms.lookupMessage(attempt.attemptId, attempt.providerRef, attempt.now);
  }
}
