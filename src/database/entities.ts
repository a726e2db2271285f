import { Agent } from '../agents/agent.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { CustomerField } from '../customers/customer-field.entity';
import { ContactLog } from '../contact-policy/contact-log.entity';
import { ContactPolicyRecord } from '../contact-policy/contact-policy.entity';
import { DoNotContact } from '../contact-policy/do-not-contact.entity';
import { Customer } from '../customers/customer.entity';
import { Disposition } from '../dispositions/disposition.entity';
import { Attempt } from '../initiations/attempt.entity';
import { AttemptEvent } from '../initiations/attempt-event.entity';
import { HandedOverBatch } from '../initiations/handed-over-batch.entity';
import { IdempotencyKey } from '../initiations/idempotency-key.entity';
import { Initiation } from '../initiations/initiation.entity';
import { ApiKey } from '../organizations/api-key.entity';
import { Organization } from '../organizations/organization.entity';
import { PhoneNumber } from '../phone-numbers/phone-number.entity';
import { SmsTemplate } from '../sms/sms-template.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity';

/** Every entity, listed once, for the app, the CLI and the TypeORM CLI alike. */
export const ENTITIES = [
  Organization,
  ApiKey,
  Campaign,
  Customer,
  CustomerField,
  Agent,
  Disposition,
  SmsTemplate,
  PhoneNumber,
  Initiation,
  Attempt,
  AttemptEvent,
  IdempotencyKey,
  ContactPolicyRecord,
  DoNotContact,
  ContactLog,
  HandedOverBatch,
  WebhookEndpoint,
  WebhookDelivery,
];
