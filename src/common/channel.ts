/**
 * The channels an initiation can use: the vocabulary shared by the pipeline, the job catalogue, the
 * contact policy (rules per channel) and the metrics. Each channel's behaviour lives in its own
 * folder (`calls/`, `sms/`) behind the pipeline's port; this list only names them.
 */
export const CHANNELS = ['calls', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];
