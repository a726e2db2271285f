import type { RetryPolicy } from '../common/retry-policy';

/**
 * How customers/add and add/bulk ask for "initiate calls for these added customers" (`initiateCall`)
 * without knowing the pipeline: customers/ defines the port, calls/ implements it, and the app
 * module hands the implementation to CustomersHttpModule.
 */
export const CUSTOMER_CALLS = Symbol('CUSTOMER_CALLS');

export interface CallConfig {
  agentId: string;
  dispositionId: string;
  /** Follow-ups (SPEC §10), validated by the DTO. */
  retry?: RetryPolicy;
}

/** The report's `results` as customers/ reads them (the rest is passed through as it is). */
export interface CallResults {
  initiated: number;
  errors: Array<{ reason: string }>;
}

export type AddedCustomersCall =
  /** A check failed (agent inactive, no numbers, excluded, …): the customers were added either way. */
  | { kind: 'refused'; message: string }
  /** Still running when the synchronous wait ended: follow it at its status URL. */
  | { kind: 'running'; message: string; initiationId: string }
  | { kind: 'ended'; initiationId: string; results: CallResults };

export interface CustomerCalls {
  callAdded(
    organizationId: string,
    apiKeyId: string,
    campaignId: string,
    callConfig: CallConfig,
    customerIds: string[],
  ): Promise<AddedCustomersCall>;
}
