/** SPEC §10: what a webhook endpoint may subscribe to. */
export const WEBHOOK_EVENTS = ['attempt.outcome', 'initiation.completed', 'followup.scheduled'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** An endpoint whose every delivery failed for this long is disabled (SPEC §10). */
export const FAILING_DISABLE_MS = 5 * 24 * 3600_000;
/** After a rotation, deliveries are signed with the old secret too for this long (SPEC §10). */
export const ROTATION_OVERLAP_MS = 24 * 3600_000;

/** The Standard Webhooks secret: `whsec_` + base64 of random bytes. */
export const SECRET_PREFIX = 'whsec_';
export const SECRET_BYTES = 32;
