/**
 * Generated from openapi.json by openapi-typescript: run `npm run client:generate`.
 * Do not edit by hand; a test fails when this file differs from what openapi.json generates.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database and Redis are reachable */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an organization and its first API key */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organizations/{orgId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an organization's API keys (never the keys themselves) */
        get: operations["listApiKeys"];
        put?: never;
        /** Issue another API key for an organization, optionally expiring */
        post: operations["issueApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key; it stops working at once */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization and key id the presented API key stands for */
        get: operations["whoAmI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a campaign, optionally with its customers (jsonData) */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's campaigns, newest first */
        get: operations["listCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign with its customer count */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        /** Delete a campaign and its customers */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/update/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update some fields of a campaign */
        put: operations["updateCampaign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add one customer to a campaign (re-adding an id updates it) */
        post: operations["addCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/add/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add up to 10,000 customers; each invalid record is reported by index */
        post: operations["addCustomersBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change some fields of a customer, found by loan_id or lead_id */
        put: operations["updateCustomer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's customers, in creation order */
        get: operations["listCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a customer from a campaign */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/customers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import customers from a CSV body (header row = field names), streamed */
        post: operations["importCustomersCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's agents, in creation order */
        get: operations["listAgents"];
        put?: never;
        /** Create an AI agent */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one agent */
        get: operations["getAgent"];
        /** Update some fields of an agent */
        put: operations["updateAgent"];
        post?: never;
        /** Delete an agent */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's dispositions, in creation order */
        get: operations["listDispositions"];
        put?: never;
        /** Create a call disposition */
        post: operations["createDisposition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispositions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one disposition */
        get: operations["getDisposition"];
        /** Update some fields of a disposition */
        put: operations["updateDisposition"];
        post?: never;
        /** Delete a disposition */
        delete: operations["deleteDisposition"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sms/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's SMS templates, in creation order */
        get: operations["listSmsTemplates"];
        put?: never;
        /** Create an SMS template; its variables are read from the body */
        post: operations["createSmsTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sms/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one SMS template */
        get: operations["getSmsTemplate"];
        /** Update some fields of an SMS template; a new body brings new variables */
        put: operations["updateSmsTemplate"];
        post?: never;
        /** Delete an SMS template */
        delete: operations["deleteSmsTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/phone-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's phone numbers, in creation order */
        get: operations["listPhoneNumbers"];
        put?: never;
        /** Add an outgoing phone number (stored in E.164) */
        post: operations["createPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/phone-numbers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one phone number */
        get: operations["getPhoneNumber"];
        /** Update some fields of a phone number */
        put: operations["updatePhoneNumber"];
        post?: never;
        /** Delete a phone number */
        delete: operations["deletePhoneNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview who filters and a limit select: counts and the first 20 customers; dispatches nothing */
        post: operations["previewAudience"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/initiate/{campaignId}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate Call(s)
         * @description Initiate AI agent calls for customers in a campaign with optional filters to target specific subsets.
         *
         *     The contact policy (GET /api/v1/contact-policy) applies to every matched customer before `limit`, in this order: `do_not_contact`, `attempt_cap`, `outside_window` (local time of the customer), `duplicate_phone`. Excluded customers are recorded as attempts with status `excluded` and counted in `results.excluded`; every batch is checked again at dispatch.
         */
        post: operations["initiateCalls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/voice/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Voice runner call events
         * @description Signed by the runner with VOICE_RUNNER_SECRET (no API key). Every event is kept in its attempt’s history; the outcome only moves forward, and the first final event sets it once. Repeats, events out of order and events after the final one are harmless. Unknown attempt ids are listed, never fatal.
         */
        post: operations["receiveVoiceEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/initiate/{campaignId}/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate SMS
         * @description Initiate SMS messages for customers in a campaign with optional filters to target specific subsets.
         *
         *     The contact policy (GET /api/v1/contact-policy) applies to every matched customer before `limit`, in this order: `do_not_contact`, `attempt_cap`, `outside_window` (local time of the customer), `duplicate_phone`. Excluded customers are recorded as attempts with status `excluded` and counted in `results.excluded`; every batch is checked again at dispatch.
         */
        post: operations["initiateSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/sms/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SMS gateway delivery receipts
         * @description Signed by the gateway with SMS_GATEWAY_SECRET (no API key). Every receipt is kept in its attempt’s history; the outcome only moves forward (sent < delivered, undelivered, failed, expired), and the first final status sets it once. Unknown attempt ids are listed, never fatal.
         */
        post: operations["receiveSmsReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/twilio/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Twilio message status callback
         * @description Set as the StatusCallback of every message when PUBLIC_BASE_URL is set. Authenticated by X-Twilio-Signature (HMAC-SHA1 of PUBLIC_BASE_URL + path and query + the sorted form parameters, keyed by TWILIO_AUTH_TOKEN). MessageStatus sent, delivered, undelivered and failed are applied to the attempt whose provider reference is MessageSid (ErrorCode becomes the outcome reason); other statuses are acknowledged and ignored. Answers 404 unless TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL are set.
         */
        post: operations["receiveTwilioStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/initiations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's initiations, newest first: who initiated what, with which filters, and the outcome */
        get: operations["listInitiations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/initiations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An initiation's status and results, live while it runs */
        get: operations["getInitiation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/initiations/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each selected customer's outcome */
        get: operations["listAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attempts/{attemptId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An attempt's event history, in arrival order
         * @description Every event providers reported (duplicates stored once), whether or not it moved the outcome. `payload` is the event as the provider sent it; `source` the route or process that reported it (`voice`, `sms`, `twilio`, `lookup`, `sweep`).
         */
        get: operations["listAttemptEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign's outcomes: calls and SMS handed to providers, by outcome and disposition
         * @description `attempts` = attempts handed to the provider (status initiated) in the range; `pending` = those without a final outcome yet; `contactRate` = completed / attempts; `deliveryRate` = delivered / attempts.
         */
        get: operations["getCampaignStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every call and SMS handed to a provider, newest first, as TimePay clients read them
         * @description Filters combine with AND. Page with `page` (from 1) or, as fast at any depth, with `cursor` = the previous page's `pagination.next_cursor` (both give the same sequence). Times carry the organization's offset. `count_only=true` answers only the count. A total of 10,000 or more may be up to 30 s old on later pages.
         */
        get: operations["getLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communication/call/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call (by attempt id) as the logs show it, with its event history */
        get: operations["getCallCommunication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communication/sms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SMS (by attempt id) as the logs show it, with its delivery history */
        get: operations["getSmsCommunication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/initiations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an initiation: nothing more goes out
         * @description Batches not yet handed to the provider, delayed waves and follow-ups waiting end with attempt status `canceled` (reason `Canceled by <API key id>`) and are never sent, recovery included; no follow-up is scheduled afterwards. Batches in flight finish and keep their outcomes; the initiation becomes `canceled` once they have. A repeat answers the same.
         */
        post: operations["cancelInitiation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's contact policy (or a campaign's, with ?campaignId)
         * @description Calling windows in the borrower’s local time, attempt caps per phone and channel, phone de-duplication, DLT rules and what happens outside the window. Defaults apply to what the organization has not changed.
         */
        get: operations["getContactPolicy"];
        /**
         * Change parts of the contact policy
         * @description Partial: the parts given replace the stored ones (objects merge, `days` is replaced whole).
         */
        put: operations["updateContactPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/do-not-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The do-not-contact list, newest first; ?phone= finds one number */
        get: operations["findDoNotContact"];
        put?: never;
        /**
         * Add numbers to the do-not-contact list (up to 10,000, all or nothing)
         * @description Numbers are stored in E.164. `channel`: `calls`, `sms` or `all`. Re-adding updates the reason.
         */
        post: operations["addDoNotContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/do-not-contact/{phone}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a number's entries (every channel, or ?channel=) */
        delete: operations["removeDoNotContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's webhook endpoints, newest first */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint (its secret is shown this once)
         * @description Each delivery is a POST of `{type, timestamp, data}` signed as Standard Webhooks says: headers `webhook-id` (stable per event and endpoint: de-duplicate on it), `webhook-timestamp` (seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, two of them for 24 h after a rotation). Verify with any Standard Webhooks library, e.g. `new Webhook(secret).verify(rawBody, headers)` from the `standardwebhooks` npm package. 2xx = delivered; anything else is retried on WEBHOOK_RETRY_SCHEDULE_S (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 24 h); 410 disables the endpoint.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one webhook endpoint (never its secret) */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete an endpoint and its deliveries */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change the url, events, enabled or description of an endpoint */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret (shown this once)
         * @description For 24 hours deliveries carry two signatures, `v1,<new> v1,<old>`, so receivers can switch.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint's deliveries, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One more try of a delivery, now, with the same messageId
         * @description Answers the delivery after the try (`status`, `lastStatusCode`, `lastError`).
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreatedOrganizationDto: {
            /** @example org_3kTqZ8r1uVb5Yx2NcWm4 */
            id: string;
            /** @example Acme Finance */
            name: string;
            /**
             * @description Shown once; only its hash is stored.
             * @example oak_Ab12Cd34Ef56_…
             */
            apiKey: string;
        };
        CreateOrganizationDto: {
            /** @example Acme Finance */
            name: string;
        };
        IssuedKeyDto: {
            /** @example key_9fLw2Qx7Rt1Zp0Vn3Hs8 */
            id: string;
            /**
             * @description Shown once; only its hash is stored.
             * @example oak_Ab12Cd34Ef56_…
             */
            apiKey: string;
            /** @example 2027-01-01T00:00:00.000Z */
            expiresAt: string | null;
        };
        IssueKeyDto: {
            /**
             * @description When the key stops working (ISO 8601 with zone, in the future). Without it the key never expires.
             * @example 2027-01-01T00:00:00Z
             */
            expiresAt?: string;
        };
        ApiKeySummaryDto: {
            /** @example key_9fLw2Qx7Rt1Zp0Vn3Hs8 */
            id: string;
            /**
             * @description The non-secret start of the key
             * @example oak_Ab12Cd34Ef56
             */
            prefix: string;
            /** @example 2026-11-23T10:00:00.000Z */
            createdAt: string;
            /**
             * @description Last authenticated request, to the minute (written at most once a minute per key)
             * @example 2026-11-23T10:05:00.000Z
             */
            lastUsedAt: string | null;
            /**
             * @description null = never expires
             * @example null
             */
            expiresAt: string | null;
            /** @example null */
            revokedAt: string | null;
        };
        WindowPatchDto: {
            /**
             * @description Local HH:MM, inclusive
             * @example 08:00
             */
            start?: string;
            /**
             * @description Local HH:MM or 24:00, exclusive. Before `start`: runs across midnight. Equal to `start`: never open.
             * @example 19:00
             */
            end?: string;
            /**
             * @example [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri",
             *       "sat"
             *     ]
             */
            days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
        };
        MaxAttemptsPatchDto: {
            /**
             * @description Accepted attempts allowed per phone…
             * @example 7
             */
            count?: number;
            /**
             * @description …in this many days (rolling)
             * @example 7
             */
            days?: number;
        };
        ChannelPolicyPatchDto: {
            window?: components["schemas"]["WindowPatchDto"];
            maxAttempts?: components["schemas"]["MaxAttemptsPatchDto"];
        };
        ContactPolicyPatchDto: {
            /**
             * @description IANA zone: the fallback for local time
             * @example Asia/Kolkata
             */
            timezone?: string;
            calls?: components["schemas"]["ChannelPolicyPatchDto"];
            sms?: components["schemas"]["ChannelPolicyPatchDto"];
            /**
             * @description Reach a phone shared by several customers once
             * @example true
             */
            dedupePhone?: boolean;
            /**
             * @description SMS only with a DLT template id and a 6-letter sender id
             * @example true
             */
            requireDlt?: boolean;
            /**
             * @description `exclude` customers outside their window, or `schedule` them for its next opening
             * @example exclude
             * @enum {string}
             */
            outsideWindow?: "exclude" | "schedule";
        };
        CreateCampaignDto: {
            /** @example August EMI reminders */
            name: string;
            /** @example Borrowers with an EMI due in August */
            description: string;
            /**
             * @example emi
             * @enum {string}
             */
            campaignType: "emi" | "edi" | "lead";
            /**
             * @description YYYY-MM-DD; the schedule is kept, it does not gate initiation
             * @example 2025-08-01
             */
            startDate: string;
            /**
             * @description HH:MM, 24 h
             * @example 09:00
             */
            startTime: string;
            /** @example 2025-08-31 */
            endDate: string;
            /** @example 18:00 */
            endTime: string;
            /**
             * @example [
             *       "hindi",
             *       "english"
             *     ]
             */
            languages: string[];
            /**
             * @example west
             * @enum {string}
             */
            region: "north" | "south" | "east" | "west" | "central";
            /**
             * @example [
             *       "q3",
             *       "collections"
             *     ]
             */
            tags?: string[];
            /**
             * @description Local time of customers whose own zone is unknown. Default: the organization's contact-policy time zone (Asia/Kolkata unless changed).
             * @example Asia/Kolkata
             */
            timezone?: string;
            /**
             * @description Overrides of the organization's contact policy for this campaign: any part of it (GET /api/v1/contact-policy shows the shape)
             * @example {
             *       "calls": {
             *         "window": {
             *           "start": "10:00",
             *           "end": "18:00"
             *         }
             *       },
             *       "outsideWindow": "schedule"
             *     }
             */
            contactPolicy?: components["schemas"]["ContactPolicyPatchDto"];
            /**
             * @description Customer records, as in bulk add (at most 10000). Any invalid record rejects the creation.
             * @example [
             *       {
             *         "loan_id": "LOAN-2025-00123",
             *         "first_name": "Asha",
             *         "phone_number": "9876543210",
             *         "emi_amount": 4242,
             *         "branch": "mumbai"
             *       }
             *     ]
             */
            jsonData?: {
                [key: string]: unknown;
            }[];
        };
        CampaignResponseDto: {
            /** @example camp_8hQ2mZr4Tn6Wv1Xy3Bc5 */
            id: string;
            /** @example August EMI reminders */
            name: string;
            /** @example Borrowers with an EMI due in August */
            description: string;
            /**
             * @example emi
             * @enum {string}
             */
            campaignType: "emi" | "edi" | "lead";
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "paused" | "completed";
            /** @example 2025-08-01 */
            startDate: string;
            /** @example 09:00 */
            startTime: string;
            /** @example 2025-08-31 */
            endDate: string;
            /** @example 18:00 */
            endTime: string;
            /**
             * @example [
             *       "hindi",
             *       "english"
             *     ]
             */
            languages: string[];
            /**
             * @example west
             * @enum {string}
             */
            region: "north" | "south" | "east" | "west" | "central";
            /**
             * @example [
             *       "q3"
             *     ]
             */
            tags: string[];
            /** @example Asia/Kolkata */
            timezone: string;
            /**
             * @description This campaign's overrides of the organization's contact policy (null: none)
             * @example {
             *       "calls": {
             *         "window": {
             *           "start": "10:00",
             *           "end": "18:00"
             *         }
             *       }
             *     }
             */
            contactPolicy: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Only on GET /campaigns/:id
             * @example 1201
             */
            customerCount?: number;
            /** @example 2026-11-23T10:00:00.000Z */
            createdAt: string;
            /** @example 2026-11-23T10:00:00.000Z */
            updatedAt: string;
        };
        PaginationDto: {
            /** @example 1 */
            page: number;
            /** @example 20 */
            limit: number;
            /** @example 1 */
            total: number;
            /**
             * @description ceil(total / limit); 0 for an empty list
             * @example 1
             */
            totalPages: number;
            /**
             * @description page < totalPages: follow pages while it is true
             * @example false
             */
            hasNext: boolean;
            /**
             * @description page > 1
             * @example false
             */
            hasPrev: boolean;
        };
        UpdateCampaignDto: {
            /** @example August EMI reminders */
            name?: string;
            /** @example Borrowers with an EMI due in August */
            description?: string;
            /**
             * @example emi
             * @enum {string}
             */
            campaignType?: "emi" | "edi" | "lead";
            /**
             * @description YYYY-MM-DD; the schedule is kept, it does not gate initiation
             * @example 2025-08-01
             */
            startDate?: string;
            /**
             * @description HH:MM, 24 h
             * @example 09:00
             */
            startTime?: string;
            /** @example 2025-08-31 */
            endDate?: string;
            /** @example 18:00 */
            endTime?: string;
            /**
             * @example [
             *       "hindi",
             *       "english"
             *     ]
             */
            languages?: string[];
            /**
             * @example west
             * @enum {string}
             */
            region?: "north" | "south" | "east" | "west" | "central";
            /**
             * @example [
             *       "q3",
             *       "collections"
             *     ]
             */
            tags?: string[];
            /**
             * @description Local time of customers whose own zone is unknown. Default: the organization's contact-policy time zone (Asia/Kolkata unless changed).
             * @example Asia/Kolkata
             */
            timezone?: string;
            /**
             * @description Merged into the campaign’s overrides (parts left out keep theirs); null removes every override
             * @example {
             *       "sms": {
             *         "maxAttempts": {
             *           "count": 1
             *         }
             *       }
             *     }
             */
            contactPolicy?: components["schemas"]["ContactPolicyPatchDto"] | null;
            /**
             * @example paused
             * @enum {string}
             */
            status?: "active" | "paused" | "completed";
        };
        CallConfigDto: {
            /** @example agent_abc123 */
            agentId: string;
            /** @example disp_xyz789 */
            dispositionId: string;
            /**
             * @description Follow-ups (SPEC §10): when an attempt's final outcome is in `on`, the same customer is contacted again `afterSeconds` later (at least FOLLOW_UP_MIN_DELAY_S, default 300; at most 604800), up to `maxAttempts` (1–5) follow-ups per customer. `on` ⊆ no_answer, busy, voicemail, failed.
             * @example {
             *       "on": [
             *         "no_answer",
             *         "busy"
             *       ],
             *       "afterSeconds": 3600,
             *       "maxAttempts": 2
             *     }
             */
            retry?: {
                on?: ("no_answer" | "busy" | "voicemail" | "failed")[];
                afterSeconds?: number;
                maxAttempts?: number;
            };
        };
        AddCustomerDto: {
            /**
             * @description Also initiate a call for the added customer(s)
             * @default false
             */
            initiateCall?: boolean;
            /** @description Required when initiateCall is true */
            callConfig?: components["schemas"]["CallConfigDto"];
            /** @example camp_8hQ2mZr4Tn6Wv1Xy3Bc5 */
            campaignId: string;
            /**
             * @description The customer record: loan_id (or lead_id for lead campaigns), phone_number, standard and custom fields. `timezone` (IANA, optional) is the borrower’s local zone for calling windows; without it the phone number’s country zone (when it has one) or the campaign’s is used.
             * @example {
             *       "loan_id": "LOAN-2025-00123",
             *       "first_name": "Asha",
             *       "last_name": "Rao",
             *       "phone_number": "9876543210",
             *       "loan_amount": 250000,
             *       "emi_amount": 4242,
             *       "emi_due_date": "2025-08-15",
             *       "payment_status": "pending",
             *       "language": "hindi",
             *       "timezone": "Asia/Kolkata",
             *       "branch": "mumbai",
             *       "product_type": "personal_loan"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
        };
        RecordErrorDto: {
            /**
             * @description Position of the record in the request (0-based; data rows for CSV)
             * @example 2
             */
            index: number;
            /** @example LOAN-2025-00125 */
            id?: string;
            /** @example phone_number is not a valid phone number */
            reason: string;
        };
        BulkResultsDto: {
            /** @example 3 */
            total: number;
            /** @example 2 */
            valid: number;
            /** @example 1 */
            invalid: number;
            /** @example 2 */
            successful: number;
            /** @example 1 */
            failed: number;
            /**
             * @description Multi-row write batches
             * @example 1
             */
            batchesProcessed: number;
            /** @description At most 1,000 listed */
            errors: components["schemas"]["RecordErrorDto"][];
        };
        BulkAddCustomersDto: {
            /**
             * @description Also initiate a call for the added customer(s)
             * @default false
             */
            initiateCall?: boolean;
            /** @description Required when initiateCall is true */
            callConfig?: components["schemas"]["CallConfigDto"];
            /** @example camp_8hQ2mZr4Tn6Wv1Xy3Bc5 */
            campaignId: string;
            /**
             * @description At most 10000 records
             * @example [
             *       {
             *         "loan_id": "LOAN-2025-00123",
             *         "first_name": "Asha",
             *         "last_name": "Rao",
             *         "phone_number": "9876543210",
             *         "loan_amount": 250000,
             *         "emi_amount": 4242,
             *         "emi_due_date": "2025-08-15",
             *         "payment_status": "pending",
             *         "language": "hindi",
             *         "timezone": "Asia/Kolkata",
             *         "branch": "mumbai",
             *         "product_type": "personal_loan"
             *       }
             *     ]
             */
            records: {
                [key: string]: unknown;
            }[];
        };
        UpdateCustomerDto: {
            /** @example camp_8hQ2mZr4Tn6Wv1Xy3Bc5 */
            campaignId: string;
            /**
             * @description For collection campaigns
             * @example LOAN-2025-00123
             */
            loan_id?: string;
            /**
             * @description For lead campaigns
             * @example LEAD-77
             */
            lead_id?: string;
            /**
             * @description Fields to change; null clears a field
             * @example {
             *       "payment_status": "paid",
             *       "branch": "pune"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
        };
        CustomerResponseDto: {
            /**
             * @description loan_id or lead_id
             * @example LOAN-2025-00123
             */
            id: string;
            /**
             * @description The record as given: standard fields (normalised: E.164 phone, lower-case status) and custom fields
             * @example {
             *       "loan_id": "LOAN-2025-00123",
             *       "first_name": "Asha",
             *       "phone_number": "+919876543210",
             *       "emi_amount": 4242,
             *       "branch": "mumbai"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /** @example 2026-11-23T10:00:00.000Z */
            createdAt: string;
            /** @example 2026-11-23T10:00:00.000Z */
            updatedAt: string;
        };
        CreateAgentDto: {
            /** @example EMI reminder (Hindi) */
            name: string;
            /** @example Reminds customers of their next EMI and offers a payment link */
            description?: string | null;
            /** @example hindi */
            language?: string | null;
            /**
             * @description Customer fields the agent's script needs, in order; each a field name, no duplicates.
             * @example [
             *       "first_name",
             *       "emi_amount",
             *       "emi_due_date"
             *     ]
             */
            variables: string[];
            /**
             * @default active
             * @example active
             * @enum {string}
             */
            status?: "active" | "inactive";
        };
        AgentResponseDto: {
            /** @example agent_3kTqZ8r1uVb5Yx2NcWm4 */
            id: string;
            /** @example EMI reminder (Hindi) */
            name: string;
            /** @example Reminds customers of their next EMI */
            description: string | null;
            /** @example hindi */
            language: string | null;
            /**
             * @example [
             *       "first_name",
             *       "emi_amount",
             *       "emi_due_date"
             *     ]
             */
            variables: string[];
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "inactive";
            /** @example 2026-03-02T06:30:00.000Z */
            createdAt: string;
            /** @example 2026-03-02T06:30:00.000Z */
            updatedAt: string;
        };
        AgentEnvelopeDto: {
            /** @enum {boolean} */
            success: true;
            /** @example Agent updated successfully */
            message?: string;
            /**
             * @description Only on update
             * @example [
             *       "name",
             *       "status"
             *     ]
             */
            updatedFields?: string[];
            data: components["schemas"]["AgentResponseDto"];
        };
        AgentPageDto: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["AgentResponseDto"][];
            pagination: components["schemas"]["PaginationDto"];
        };
        UpdateAgentDto: {
            /** @example EMI reminder (Hindi) */
            name?: string;
            /** @example Reminds customers of their next EMI and offers a payment link */
            description?: string | null;
            /** @example hindi */
            language?: string | null;
            /**
             * @description Customer fields the agent's script needs, in order; each a field name, no duplicates.
             * @example [
             *       "first_name",
             *       "emi_amount",
             *       "emi_due_date"
             *     ]
             */
            variables?: string[];
            /**
             * @default active
             * @example active
             * @enum {string}
             */
            status?: "active" | "inactive";
        };
        CreateDispositionDto: {
            /**
             * @description Unique within the organization, compared case-insensitively
             * @example Promise to pay
             */
            name: string;
            /** @example Customer committed to a payment date */
            description?: string | null;
            /**
             * @default 500
             * @example 700
             */
            priority?: number;
        };
        DispositionResponseDto: {
            /** @example disp_9fLw2Qx7Rt1Zp0Vn3Hs8 */
            id: string;
            /** @example Promise to pay */
            name: string;
            /** @example Customer committed to a payment date */
            description: string | null;
            /** @example 700 */
            priority: number;
            /** @example 2026-03-02T06:30:00.000Z */
            createdAt: string;
            /** @example 2026-03-02T06:30:00.000Z */
            updatedAt: string;
        };
        DispositionEnvelopeDto: {
            /** @enum {boolean} */
            success: true;
            /** @example Disposition updated successfully */
            message?: string;
            /**
             * @description Only on update
             * @example [
             *       "priority"
             *     ]
             */
            updatedFields?: string[];
            data: components["schemas"]["DispositionResponseDto"];
        };
        DispositionPageDto: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["DispositionResponseDto"][];
            pagination: components["schemas"]["PaginationDto"];
        };
        UpdateDispositionDto: {
            /**
             * @description Unique within the organization, compared case-insensitively
             * @example Promise to pay
             */
            name?: string;
            /** @example Customer committed to a payment date */
            description?: string | null;
            /**
             * @default 500
             * @example 700
             */
            priority?: number;
        };
        CreateSmsTemplateDto: {
            /** @example EMI due reminder */
            name: string;
            /**
             * @description Message text with `{{variable}}` placeholders (customer field names; spaces inside the braces allowed). The template's `variables` are read from it.
             * @example Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. -TMPPAY
             */
            body: string;
            /**
             * @description 1 to 11 letters or digits
             * @example TMPPAY
             */
            senderId: string;
            /**
             * @description The DLT registration id of the template (India)
             * @example 1107161234567890123
             */
            dltTemplateId?: string | null;
            /** @example english */
            language?: string | null;
        };
        SmsTemplateResponseDto: {
            /** @example tmpl_hfu7VL6sBhI6NPmQx2Lk */
            id: string;
            /** @example EMI due reminder */
            name: string;
            /** @example Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. -TMPPAY */
            body: string;
            /** @example TMPPAY */
            senderId: string;
            /** @example 1107161234567890123 */
            dltTemplateId: string | null;
            /** @example english */
            language: string | null;
            /**
             * @description The body's placeholders, in order of first appearance
             * @example [
             *       "first_name",
             *       "emi_amount",
             *       "emi_due_date"
             *     ]
             */
            variables: string[];
            /** @example 2026-03-02T06:30:00.000Z */
            createdAt: string;
            /** @example 2026-03-02T06:30:00.000Z */
            updatedAt: string;
        };
        SmsTemplateEnvelopeDto: {
            /** @enum {boolean} */
            success: true;
            /** @example Template updated successfully */
            message?: string;
            /**
             * @description Only on update
             * @example [
             *       "body"
             *     ]
             */
            updatedFields?: string[];
            data: components["schemas"]["SmsTemplateResponseDto"];
        };
        SmsTemplatePageDto: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["SmsTemplateResponseDto"][];
            pagination: components["schemas"]["PaginationDto"];
        };
        UpdateSmsTemplateDto: {
            /** @example EMI due reminder */
            name?: string;
            /**
             * @description Message text with `{{variable}}` placeholders (customer field names; spaces inside the braces allowed). The template's `variables` are read from it.
             * @example Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. -TMPPAY
             */
            body?: string;
            /**
             * @description 1 to 11 letters or digits
             * @example TMPPAY
             */
            senderId?: string;
            /**
             * @description The DLT registration id of the template (India)
             * @example 1107161234567890123
             */
            dltTemplateId?: string | null;
            /** @example english */
            language?: string | null;
        };
        CreatePhoneNumberDto: {
            /**
             * @description Stored in E.164; a number without a country code is read in DEFAULT_PHONE_REGION
             * @example +919876543210
             */
            number: string;
            /** @example Mumbai outbound 1 */
            label?: string | null;
            /**
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @default [
             *       "voice",
             *       "sms"
             *     ]
             * @example [
             *       "voice"
             *     ]
             */
            capabilities?: ("voice" | "sms")[];
        };
        PhoneNumberResponseDto: {
            /** @example num_7hGt2Lp9Qx4Vz1Rk8Ws3 */
            id: string;
            /**
             * @description E.164
             * @example +919876543210
             */
            number: string;
            /** @example Mumbai outbound 1 */
            label: string | null;
            /** @example true */
            active: boolean;
            /**
             * @example [
             *       "voice",
             *       "sms"
             *     ]
             */
            capabilities: ("voice" | "sms")[];
            /** @example 2026-03-02T06:30:00.000Z */
            createdAt: string;
            /** @example 2026-03-02T06:30:00.000Z */
            updatedAt: string;
        };
        PhoneNumberEnvelopeDto: {
            /** @enum {boolean} */
            success: true;
            /** @example Phone number updated successfully */
            message?: string;
            /**
             * @description Only on update
             * @example [
             *       "active"
             *     ]
             */
            updatedFields?: string[];
            data: components["schemas"]["PhoneNumberResponseDto"];
        };
        PhoneNumberPageDto: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["PhoneNumberResponseDto"][];
            pagination: components["schemas"]["PaginationDto"];
        };
        UpdatePhoneNumberDto: {
            /**
             * @description Stored in E.164; a number without a country code is read in DEFAULT_PHONE_REGION
             * @example +919876543210
             */
            number?: string;
            /** @example Mumbai outbound 1 */
            label?: string | null;
            /**
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @default [
             *       "voice",
             *       "sms"
             *     ]
             * @example [
             *       "voice"
             *     ]
             */
            capabilities?: ("voice" | "sms")[];
        };
        AudienceDto: {
            /** @example 500 */
            totalMatched: number;
            /** @example 100 */
            customersSelected: number;
            /** @description The first 20 selected customers, in creation order */
            sample: components["schemas"]["CustomerResponseDto"][];
        };
        FiltersDoc: {
            /**
             * @description Only these customer ids (loan_id or lead_id); up to 100,000
             * @example [
             *       "LOAN-2025-00123"
             *     ]
             */
            ids?: string[];
            /**
             * @description Not these customer ids; up to 100,000
             * @example [
             *       "LOAN-2025-00789"
             *     ]
             */
            exclude_ids?: string[];
            /**
             * @description One or more of: bounced, pending, partial, paid, received
             * @example [
             *       "bounced",
             *       "pending"
             *     ]
             */
            payment_status?: string | string[];
            /**
             * @description Customer language (one or any of several): case-insensitive, otherwise exact — accents, invisible characters and spaces count (`español` ≠ `espanol`, `hindi\u200b` ≠ `hindi`)
             * @example hindi
             */
            language?: string | string[];
            /**
             * @description Custom field equals (or is one of) the value(s); compared exactly, as text
             * @example {
             *       "branch": "mumbai",
             *       "product_type": [
             *         "personal_loan",
             *         "home_loan"
             *       ]
             *     }
             */
            custom?: {
                [key: string]: string | string[];
            };
            /**
             * @description A date or an inclusive range
             * @example {
             *       "from": "2025-08-01",
             *       "to": "2025-08-31"
             *     }
             */
            emi_due_date?: string | {
                /** Format: date */
                from?: string;
                /** Format: date */
                to?: string;
            };
            /** @description A date or an inclusive range */
            lead_date?: string | {
                /** Format: date */
                from?: string;
                /** Format: date */
                to?: string;
            };
            /**
             * @description A number or an inclusive range
             * @example {
             *       "min": 5000,
             *       "max": 20000
             *     }
             */
            emi_amount?: number | {
                min?: number;
                max?: number;
            };
            loan_amount?: number | {
                min?: number;
                max?: number;
            };
            loan_period?: number | {
                min?: number;
                max?: number;
            };
            current_emi?: number | {
                min?: number;
                max?: number;
            };
        };
        AudienceRequestDto: {
            /** @description Optional filters; all given keys combine with AND, values in a list with OR. Unknown keys are rejected. */
            filters?: components["schemas"]["FiltersDoc"];
            /**
             * @description At most this many customers are selected
             * @example 100
             */
            limit?: number;
        };
        BatchErrorDto: {
            /** @example 1 */
            batch: number;
            /** @example Call initiation failed */
            error: string;
            /** @example Workflow runner timeout */
            reason: string;
            /** @example 50 */
            affectedCustomers: number;
        };
        ExcludedByReasonDto: {
            /** @example 3 */
            do_not_contact: number;
            /** @example 4 */
            attempt_cap: number;
            /** @example 5 */
            outside_window: number;
            /** @example 0 */
            duplicate_phone: number;
        };
        ExcludedDto: {
            /**
             * @description Matched customers the contact policy kept out (attempts with status excluded)
             * @example 12
             */
            total: number;
            /** @description Every reason, always present */
            byReason: components["schemas"]["ExcludedByReasonDto"];
        };
        InitiationResultsDto: {
            /**
             * @description Customers matching the filters in the campaign
             * @example 500
             */
            totalMatched: number;
            /**
             * @description Customers selected (respects limit)
             * @example 250
             */
            customersSelected: number;
            /** @example 200 */
            initiated: number;
            /** @example 50 */
            failed: number;
            /**
             * @description Batches of BATCH_SIZE (500) customers
             * @example 1
             */
            batchesProcessed: number;
            errors: components["schemas"]["BatchErrorDto"][];
            excluded: components["schemas"]["ExcludedDto"];
        };
        InitiationReportDto: {
            /** @example false */
            success: boolean;
            /** @example Calls initiated for 200 of 250 customers */
            message: string;
            results: components["schemas"]["InitiationResultsDto"];
            /** @example init_4Jd8sK2mQp7Rt1Vx9Zb3 */
            initiationId: string;
        };
        AcceptedDto: {
            /** @example init_4Jd8sK2mQp7Rt1Vx9Zb3 */
            initiationId: string;
            /** @example queued */
            status: string;
            /** @example /api/v1/initiations/init_4Jd8sK2mQp7Rt1Vx9Zb3 */
            statusUrl: string;
        };
        ExcludedSampleDto: {
            /** @example LOAN-2025-00123 */
            customerId: string;
            /** @example +919876543210 */
            phone: string;
            /**
             * @description The local time zone the window was read in
             * @example Asia/Kolkata
             */
            timezone: string;
        };
        ExcludedSamplesDto: {
            do_not_contact: components["schemas"]["ExcludedSampleDto"][];
            attempt_cap: components["schemas"]["ExcludedSampleDto"][];
            outside_window: components["schemas"]["ExcludedSampleDto"][];
            duplicate_phone: components["schemas"]["ExcludedSampleDto"][];
        };
        DryRunExcludedDto: {
            /**
             * @description Matched customers the contact policy kept out (attempts with status excluded)
             * @example 12
             */
            total: number;
            /** @description Every reason, always present */
            byReason: components["schemas"]["ExcludedByReasonDto"];
            /** @description Up to 20 excluded customers per reason, in creation order */
            samples: components["schemas"]["ExcludedSamplesDto"];
        };
        DryRunDto: {
            /** @example 500 */
            totalMatched: number;
            /** @example 250 */
            customersSelected: number;
            /** @example 1 */
            batches: number;
            /**
             * @description Required variables empty or absent on some selected customer
             * @example []
             */
            missingVariables: string[];
            excluded: components["schemas"]["DryRunExcludedDto"];
        };
        InitiateCallsDto: {
            /**
             * @description Maximum number of customers; all matching when omitted
             * @example 100
             */
            limit?: number;
            /** @description Optional filters; all given keys combine with AND, values in a list with OR. Unknown keys are rejected. */
            filters?: components["schemas"]["FiltersDoc"];
            /**
             * @description AI agent ID to handle the calls
             * @example agent_abc123
             */
            agentId: string;
            /**
             * @description Disposition ID for call categorization
             * @example disp_xyz789
             */
            dispositionId: string;
            /**
             * @description Follow-ups (SPEC §10): when an attempt's final outcome is in `on`, the same customer is contacted again `afterSeconds` later (at least FOLLOW_UP_MIN_DELAY_S, default 300; at most 604800), up to `maxAttempts` (1–5) follow-ups per customer. `on` ⊆ no_answer, busy, voicemail, failed.
             * @example {
             *       "on": [
             *         "no_answer",
             *         "busy"
             *       ],
             *       "afterSeconds": 3600,
             *       "maxAttempts": 2
             *     }
             */
            retry?: {
                on?: ("no_answer" | "busy" | "voicemail" | "failed")[];
                afterSeconds?: number;
                maxAttempts?: number;
            };
        };
        VoiceEventDto: {
            /**
             * @description The attempt id the call was dispatched with
             * @example att_9f2c4e1a7b3d5f60a1b2c3d4
             */
            attemptId: string;
            /**
             * @description The runner's id of the call
             * @example call_81c2
             */
            callId?: string;
            /**
             * @description ringing and in_progress are not final; the first final event sets the outcome once
             * @example completed
             * @enum {string}
             */
            event: "ringing" | "in_progress" | "completed" | "no_answer" | "busy" | "voicemail" | "failed" | "canceled" | "expired";
            /**
             * @description When it happened: ISO 8601 with a time zone
             * @example 2025-08-05T10:32:10+05:30
             */
            at: string;
            /**
             * @description Seconds the call lasted
             * @example 94
             */
            durationSec?: number;
            /**
             * @description One of the organization's dispositions, by id or by name (any case); kept as text (id null) when it is neither
             * @example Promise to pay
             */
            disposition?: string;
            /** @example Customer agreed to pay the EMI on Friday. */
            summary?: string;
            /**
             * @description http(s) URL
             * @example https://runner.example.com/rec/call_81c2.mp3
             */
            recordingUrl?: string;
            /**
             * @description http(s) URL
             * @example https://runner.example.com/tr/call_81c2.txt
             */
            transcriptUrl?: string;
            /**
             * @description What the agent extracted from the conversation
             * @example {
             *       "promised_date": "2025-08-08",
             *       "amount": 4242
             *     }
             */
            extracted?: {
                [key: string]: unknown;
            };
        };
        VoiceEventsBodyDto: {
            /** @description At most 1000 events, in any order; unknown properties inside an event are ignored */
            events: components["schemas"]["VoiceEventDto"][];
        };
        InboundAnswerDto: {
            /** @enum {boolean} */
            success: true;
            /**
             * @description Events stored in their attempts' history for the first time
             * @example 2
             */
            accepted: number;
            /**
             * @description Events already stored: the same (attemptId, event, at) again
             * @example 1
             */
            duplicates: number;
            /**
             * @description Attempt ids that match no attempt of the channel (never fatal for the rest of the request)
             * @example [
             *       "att_0123456789abcdef01234567"
             *     ]
             */
            unknown: string[];
        };
        InitiateSmsDto: {
            /**
             * @description Maximum number of customers; all matching when omitted
             * @example 100
             */
            limit?: number;
            /** @description Optional filters; all given keys combine with AND, values in a list with OR. Unknown keys are rejected. */
            filters?: components["schemas"]["FiltersDoc"];
            /**
             * @description The ID of the SMS template to be sent
             * @example tmpl_hfu7VL6sBhI6NPm
             */
            templateId: string;
            /**
             * @description Follow-ups (SPEC §10): when an attempt's final outcome is in `on`, the same customer is contacted again `afterSeconds` later (at least FOLLOW_UP_MIN_DELAY_S, default 300; at most 604800), up to `maxAttempts` (1–5) follow-ups per customer. `on` ⊆ undelivered, failed.
             * @example {
             *       "on": [
             *         "undelivered"
             *       ],
             *       "afterSeconds": 1800,
             *       "maxAttempts": 1
             *     }
             */
            retry?: {
                on?: ("undelivered" | "failed")[];
                afterSeconds?: number;
                maxAttempts?: number;
            };
        };
        SmsReceiptDto: {
            /**
             * @description The attempt id the message was dispatched with
             * @example att_4b1e0c9d8a7f6e5d4c3b2a19
             */
            attemptId: string;
            /**
             * @description The gateway's id of the message
             * @example msg_5521
             */
            messageId?: string;
            /**
             * @description sent is not final; the first final status sets the outcome once
             * @example delivered
             * @enum {string}
             */
            status: "sent" | "delivered" | "undelivered" | "failed" | "expired";
            /**
             * @description When it happened: ISO 8601 with a time zone
             * @example 2025-08-05T10:31:00+05:30
             */
            at: string;
            /**
             * @description The gateway's or carrier's error code (string or number)
             * @example DLT-104
             */
            errorCode?: string;
            /**
             * @description Why it was not delivered
             * @example Template mismatch
             */
            reason?: string;
        };
        SmsReceiptsBodyDto: {
            /** @description At most 1000 receipts, in any order; unknown properties inside a receipt are ignored */
            receipts: components["schemas"]["SmsReceiptDto"][];
        };
        InitiationSummaryDto: {
            /** @example init_4Jd8sK2mQp7Rt1Vx9Zb3 */
            initiationId: string;
            /** @example camp_8Hs2Kq9Lm3Np4Rt5Vw6X */
            campaignId: string;
            /**
             * @example calls
             * @enum {string}
             */
            channel: "calls" | "sms";
            /**
             * @example completed
             * @enum {string}
             */
            status: "queued" | "running" | "scheduled" | "completed" | "partial" | "failed" | "canceled";
            /**
             * @description The API key that asked (null when it was not recorded)
             * @example key_9fLw2Qx7Rt1Zp0Vn3Hs8
             */
            apiKeyId: string | null;
            /**
             * @description The filters as given
             * @example {
             *       "payment_status": [
             *         "bounced",
             *         "pending"
             *       ]
             *     }
             */
            filters: {
                [key: string]: unknown;
            } | null;
            /**
             * @description The limit as given
             * @example 100
             */
            limit: number | null;
            /** @example 250 */
            totalMatched: number;
            /** @example 100 */
            customersSelected: number;
            /**
             * @description Attempts the provider accepted so far (final once the initiation ends)
             * @example 98
             */
            initiated: number;
            /** @example 2 */
            failed: number;
            /**
             * @description Matched customers the contact policy excluded (at selection or at dispatch)
             * @example 12
             */
            excluded: number;
            /** @example 2026-11-23T10:00:00.000Z */
            createdAt: string;
            /** @example 2026-11-23T10:00:04.512Z */
            completedAt: string | null;
        };
        OutcomeCountsDto: {
            /**
             * @description Initiated, no final outcome yet (ringing and in_progress included)
             * @example 3
             */
            pending: number;
            /**
             * @description calls
             * @example 120
             */
            completed?: number;
            /**
             * @description calls
             * @example 40
             */
            no_answer?: number;
            /**
             * @description calls
             * @example 5
             */
            busy?: number;
            /**
             * @description calls
             * @example 12
             */
            voicemail?: number;
            /**
             * @description calls and SMS
             * @example 2
             */
            failed?: number;
            /**
             * @description calls
             * @example 0
             */
            canceled?: number;
            /**
             * @description calls and SMS
             * @example 1
             */
            expired?: number;
            /**
             * @description SMS
             * @example 0
             */
            delivered?: number;
            /**
             * @description SMS
             * @example 0
             */
            undelivered?: number;
        };
        FollowUpCountsDto: {
            /**
             * @description Waiting for their time now
             * @example 4
             */
            scheduled: number;
            /** @example 10 */
            initiated: number;
            /** @example 1 */
            failed: number;
            /**
             * @description Excluded by the contact policy when they were due
             * @example 2
             */
            excluded: number;
        };
        InitiationStatusDto: {
            /** @example init_4Jd8sK2mQp7Rt1Vx9Zb3 */
            initiationId: string;
            /** @enum {string} */
            channel: "calls" | "sms";
            /**
             * @example running
             * @enum {string}
             */
            status: "queued" | "running" | "scheduled" | "completed" | "partial" | "failed" | "canceled";
            results: components["schemas"]["InitiationResultsDto"];
            /**
             * @description Initiated attempts by final outcome, and `pending`: every final outcome of the channel always present (attempts that failed at dispatch or were excluded are not counted)
             * @example {
             *       "pending": 3,
             *       "completed": 120,
             *       "no_answer": 40,
             *       "busy": 5,
             *       "voicemail": 12,
             *       "failed": 2,
             *       "canceled": 0,
             *       "expired": 1
             *     }
             */
            outcomes: components["schemas"]["OutcomeCountsDto"];
            /** @description Follow-ups (SPEC §10: `retry`), apart from the first round that `status` and `results` report */
            followUps: components["schemas"]["FollowUpCountsDto"];
        };
        AttemptDispositionDto: {
            /**
             * @description null when the provider's text matched none of the organization's dispositions
             * @example disp_7Hk3Nw9Qa1Zx5Cv2Bm8L
             */
            id: string | null;
            /** @example Promise to pay */
            name: string;
        };
        AttemptDto: {
            /** @example att_3f9c0a1b2c3d4e5f60718293 */
            attemptId: string;
            /** @example LOAN-2025-00123 */
            customerId: string;
            /** @example +919876543210 */
            phone: string;
            /**
             * @description null for a customer excluded at selection
             * @example 1
             */
            batch: number | null;
            /**
             * @example initiated
             * @enum {string}
             */
            status: "queued" | "initiated" | "failed" | "excluded" | "scheduled" | "canceled";
            /** @example call-8f2k */
            providerRef: string | null;
            /**
             * @description Why it failed, the contact-policy rule that excluded it (do_not_contact, attempt_cap, outside_window, duplicate_phone), or `Canceled by <API key id>`
             * @example null
             */
            reason: string | null;
            /** @example 2026-11-23T10:00:01.250Z */
            updatedAt: string;
            /**
             * @description What happened after initiated (SPEC §9); null until a provider reports
             * @example completed
             */
            outcome: string | null;
            /**
             * @description The `at` of the event that set the outcome
             * @example 2026-11-23T10:02:05.000Z
             */
            outcomeAt: string | null;
            /** @example 124 */
            durationSec: number | null;
            /**
             * @description Why it ended so (an SMS error, `No outcome from provider`)
             * @example null
             */
            outcomeReason: string | null;
            disposition: components["schemas"]["AttemptDispositionDto"] | null;
            /** @example Promised to pay by Friday */
            summary: string | null;
            /** @example https://runner.example/rec/call-8f2k.mp3 */
            recordingUrl: string | null;
            /** @example null */
            transcriptUrl: string | null;
            /**
             * @description What the agent extracted
             * @example {
             *       "promise_date": "2026-11-27"
             *     }
             */
            extracted: {
                [key: string]: unknown;
            } | null;
            /**
             * @description A follow-up (SPEC §10): the attempt whose outcome scheduled it; null in the first round
             * @example null
             */
            retryOf: string | null;
            /**
             * @description 0 in the first round, else the follow-up number (1..maxAttempts)
             * @example 0
             */
            retryNumber: number;
        };
        AttemptEventDto: {
            /**
             * @description 1-based position in the history (arrival order)
             * @example 1
             */
            sequence: number;
            /** @example completed */
            event: string;
            /**
             * @description The event's own time, as the provider gave it
             * @example 2026-03-02T06:32:05.000Z
             */
            at: string;
            /**
             * @description Which route or process reported it
             * @enum {string}
             */
            source: "voice" | "sms" | "twilio" | "lookup" | "sweep";
            /**
             * @description When it reached this service
             * @example 2026-03-02T06:32:06.120Z
             */
            receivedAt: string;
            /**
             * @description The event as the provider sent it
             * @example {
             *       "callId": "call-8f2k",
             *       "durationSec": 124,
             *       "disposition": "Promise to pay"
             *     }
             */
            payload: {
                [key: string]: unknown;
            } | null;
        };
        DispositionCountDto: {
            /**
             * @description null: the provider's own text
             * @example disp_7Hk3Nw9Qa1Zx5Cv2Bm8L
             */
            dispositionId: string | null;
            /** @example Promise to pay */
            name: string;
            /** @example 57 */
            count: number;
        };
        CallStatsDto: {
            /**
             * @description Calls handed to the voice runner (initiated)
             * @example 180
             */
            attempts: number;
            /**
             * @example {
             *       "pending": 3,
             *       "completed": 120,
             *       "no_answer": 40,
             *       "busy": 5,
             *       "voicemail": 12,
             *       "failed": 0,
             *       "canceled": 0,
             *       "expired": 0
             *     }
             */
            byOutcome: components["schemas"]["OutcomeCountsDto"];
            /** @description The dispositions outcomes reported, most frequent first (at most 100) */
            byDisposition: components["schemas"]["DispositionCountDto"][];
            /**
             * @description completed / attempts (0 without attempts), 4 decimals
             * @example 0.6667
             */
            contactRate: number;
            /**
             * @description Mean durationSec of the calls that reported one, 1 decimal; null when none did
             * @example 96.4
             */
            avgDurationSec: number | null;
        };
        SmsStatsDto: {
            /**
             * @description Messages handed to the SMS provider (initiated)
             * @example 620
             */
            attempts: number;
            /**
             * @example {
             *       "pending": 20,
             *       "delivered": 590,
             *       "undelivered": 8,
             *       "failed": 2,
             *       "expired": 0
             *     }
             */
            byOutcome: components["schemas"]["OutcomeCountsDto"];
            /**
             * @description delivered / attempts (0 without attempts), 4 decimals
             * @example 0.9516
             */
            deliveryRate: number;
        };
        CampaignStatsDto: {
            calls: components["schemas"]["CallStatsDto"];
            sms: components["schemas"]["SmsStatsDto"];
        };
        LogEntryDto: {
            /**
             * @description The attempt id
             * @example att_3f9c0a1b2c3d4e5f60718293
             */
            call_id: string;
            /** @enum {string} */
            type: "call" | "sms";
            /** @example init_4Jd8sK2mQp7Rt1Vx9Zb3 */
            initiation_id: string;
            /**
             * @description start_time's date in the organization's time zone
             * @example 2026-03-02
             */
            date: string;
            /**
             * @description When it was handed to the provider
             * @example 2026-03-02T12:00:01.250+05:30
             */
            start_time: string;
            /**
             * @description start_time + duration, when known
             * @example 2026-03-02T12:02:05.250+05:30
             */
            end_time: string | null;
            /**
             * @description Seconds
             * @example 124
             */
            duration: number | null;
            /**
             * @example outbound
             * @enum {string}
             */
            direction: "outbound";
            /** @example +918000000001 */
            from: string | null;
            /** @example +919876543210 */
            to: string;
            /** @example Asha Rao */
            name: string | null;
            /**
             * @description Collection campaigns (emi, edi)
             * @example LOAN-2025-00123
             */
            loan_id?: string;
            /**
             * @description Lead campaigns, instead of loan_id
             * @example LEAD-0042
             */
            lead_id?: string;
            /** @example camp_8hQ2mZr4Tn6Wv1Xy3Bc5 */
            campaign_id: string;
            /** @example August EMI reminders */
            campaign_name: string | null;
            /**
             * @description null for SMS
             * @example agent_2Fq9LmX0pR7sTu4Vw6Yz8A
             */
            agent_id: string | null;
            /** @example Promise to pay */
            disposition: string | null;
            /**
             * @description null when the provider's text matched none
             * @example disp_7Hk3Nw9Qa1Zx5Cv2Bm8L
             */
            disposition_id: string | null;
            /**
             * @example Contacted
             * @enum {string}
             */
            status: "Contacted" | "No Contact" | "Failed" | "Pending";
            /**
             * @description null until a provider reports
             * @example completed
             */
            outcome: string | null;
            /** @example Promised to pay by Friday */
            summary: string | null;
            /**
             * @example {
             *       "promise_date": "2026-03-06"
             *     }
             */
            extracted_data: {
                [key: string]: unknown;
            } | null;
            /** @example https://runner.example/rec/call-8f2k.mp3 */
            recording_url: string | null;
            /** @example null */
            transcript_url: string | null;
        };
        LogsPaginationDto: {
            /** @example 1 */
            page: number;
            /** @example 10 */
            per_page: number;
            /** @example 42 */
            total: number;
            /** @example 5 */
            total_pages: number;
            /** @example true */
            has_next: boolean;
            /** @example false */
            has_prev: boolean;
            /**
             * @description null on the last page
             * @example MTc3MjQzMzAwMTI1MC40MTIuMg
             */
            next_cursor: string | null;
        };
        CommunicationDto: {
            /**
             * @description The attempt id
             * @example att_3f9c0a1b2c3d4e5f60718293
             */
            call_id: string;
            /** @enum {string} */
            type: "call" | "sms";
            /** @example init_4Jd8sK2mQp7Rt1Vx9Zb3 */
            initiation_id: string;
            /**
             * @description start_time's date in the organization's time zone
             * @example 2026-03-02
             */
            date: string;
            /**
             * @description When it was handed to the provider
             * @example 2026-03-02T12:00:01.250+05:30
             */
            start_time: string;
            /**
             * @description start_time + duration, when known
             * @example 2026-03-02T12:02:05.250+05:30
             */
            end_time: string | null;
            /**
             * @description Seconds
             * @example 124
             */
            duration: number | null;
            /**
             * @example outbound
             * @enum {string}
             */
            direction: "outbound";
            /** @example +918000000001 */
            from: string | null;
            /** @example +919876543210 */
            to: string;
            /** @example Asha Rao */
            name: string | null;
            /**
             * @description Collection campaigns (emi, edi)
             * @example LOAN-2025-00123
             */
            loan_id?: string;
            /**
             * @description Lead campaigns, instead of loan_id
             * @example LEAD-0042
             */
            lead_id?: string;
            /** @example camp_8hQ2mZr4Tn6Wv1Xy3Bc5 */
            campaign_id: string;
            /** @example August EMI reminders */
            campaign_name: string | null;
            /**
             * @description null for SMS
             * @example agent_2Fq9LmX0pR7sTu4Vw6Yz8A
             */
            agent_id: string | null;
            /** @example Promise to pay */
            disposition: string | null;
            /**
             * @description null when the provider's text matched none
             * @example disp_7Hk3Nw9Qa1Zx5Cv2Bm8L
             */
            disposition_id: string | null;
            /**
             * @example Contacted
             * @enum {string}
             */
            status: "Contacted" | "No Contact" | "Failed" | "Pending";
            /**
             * @description null until a provider reports
             * @example completed
             */
            outcome: string | null;
            /** @example Promised to pay by Friday */
            summary: string | null;
            /**
             * @example {
             *       "promise_date": "2026-03-06"
             *     }
             */
            extracted_data: {
                [key: string]: unknown;
            } | null;
            /** @example https://runner.example/rec/call-8f2k.mp3 */
            recording_url: string | null;
            /** @example null */
            transcript_url: string | null;
            /** @description Its event history in arrival order (the first 1,000) */
            events: components["schemas"]["AttemptEventDto"][];
        };
        CancelResultDto: {
            /** @example init_4Jd8sK2mQp7Rt1Vx9Zb3 */
            initiationId: string;
            /**
             * @description `canceled` at once when nothing was in flight; else the status stays until the batches in flight finish
             * @example running
             * @enum {string}
             */
            status: "queued" | "running" | "scheduled" | "completed" | "partial" | "failed" | "canceled";
            /**
             * @description Attempts stopped before they were handed to a provider (queued batches, delayed waves, follow-ups waiting); a repeat answers the same
             * @example 1500
             */
            canceled: number;
        };
        WindowDto: {
            /** @example 08:00 */
            start: string;
            /** @example 19:00 */
            end: string;
            /**
             * @example [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri",
             *       "sat",
             *       "sun"
             *     ]
             */
            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
        };
        MaxAttemptsDto: {
            /** @example 7 */
            count: number;
            /** @example 7 */
            days: number;
        };
        ChannelPolicyDto: {
            window: components["schemas"]["WindowDto"];
            maxAttempts: components["schemas"]["MaxAttemptsDto"];
        };
        ContactPolicyDto: {
            /** @example Asia/Kolkata */
            timezone: string;
            calls: components["schemas"]["ChannelPolicyDto"];
            /**
             * @example {
             *       "window": {
             *         "start": "08:00",
             *         "end": "21:00",
             *         "days": [
             *           "mon",
             *           "tue",
             *           "wed",
             *           "thu",
             *           "fri",
             *           "sat",
             *           "sun"
             *         ]
             *       },
             *       "maxAttempts": {
             *         "count": 3,
             *         "days": 1
             *       }
             *     }
             */
            sms: components["schemas"]["ChannelPolicyDto"];
            /** @example true */
            dedupePhone: boolean;
            /** @example true */
            requireDlt: boolean;
            /**
             * @example exclude
             * @enum {string}
             */
            outsideWindow: "exclude" | "schedule";
        };
        DncEntryDto: {
            /**
             * @description E.164, or national in DEFAULT_PHONE_REGION
             * @example +919876543210
             */
            phone: string;
            /**
             * @example all
             * @enum {string}
             */
            channel: "calls" | "sms" | "all";
            /** @example Asked not to be called */
            reason?: string;
        };
        AddDoNotContactDto: {
            /** @description 1 to 10000 entries; all or nothing */
            entries: components["schemas"]["DncEntryDto"][];
        };
        DoNotContactDto: {
            /** @example +919876543210 */
            phone: string;
            /**
             * @example all
             * @enum {string}
             */
            channel: "calls" | "sms" | "all";
            /** @example Asked not to be called */
            reason: string | null;
            /** @example 2026-03-02T06:30:00.000Z */
            createdAt: string;
        };
        CreateWebhookDto: {
            /**
             * @description https, resolving to public addresses only (unless WEBHOOK_ALLOW_PRIVATE_URLS=true)
             * @example https://example.com/hooks/outreach
             */
            url: string;
            /**
             * @example [
             *       "attempt.outcome",
             *       "initiation.completed"
             *     ]
             */
            events: ("attempt.outcome" | "initiation.completed" | "followup.scheduled")[];
            /** @example Loan ledger */
            description?: string | null;
        };
        WebhookWithSecretDto: {
            /** @example wh_3kTqZ8r1uVb5Yx2NcWm4 */
            id: string;
            /** @example https://crm.example.com/hooks/outreach */
            url: string;
            /**
             * @example [
             *       "attempt.outcome",
             *       "initiation.completed"
             *     ]
             */
            events: ("attempt.outcome" | "initiation.completed" | "followup.scheduled")[];
            /** @example Loan ledger */
            description: string | null;
            /** @example true */
            enabled: boolean;
            /**
             * @description Why the service disabled it: "The endpoint answered 410 Gone", "Every delivery failed for 5 days"
             * @example null
             */
            disabledReason: string | null;
            /** @example 2026-03-02T06:30:00.000Z */
            createdAt: string;
            /** @example 2026-03-02T06:30:00.000Z */
            updatedAt: string;
            /**
             * @description The Standard Webhooks signing secret; shown this once
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookSecretEnvelopeDto: {
            /** @enum {boolean} */
            success: true;
            /** @example Webhook created successfully */
            message?: string;
            data: components["schemas"]["WebhookWithSecretDto"];
        };
        WebhookResponseDto: {
            /** @example wh_3kTqZ8r1uVb5Yx2NcWm4 */
            id: string;
            /** @example https://crm.example.com/hooks/outreach */
            url: string;
            /**
             * @example [
             *       "attempt.outcome",
             *       "initiation.completed"
             *     ]
             */
            events: ("attempt.outcome" | "initiation.completed" | "followup.scheduled")[];
            /** @example Loan ledger */
            description: string | null;
            /** @example true */
            enabled: boolean;
            /**
             * @description Why the service disabled it: "The endpoint answered 410 Gone", "Every delivery failed for 5 days"
             * @example null
             */
            disabledReason: string | null;
            /** @example 2026-03-02T06:30:00.000Z */
            createdAt: string;
            /** @example 2026-03-02T06:30:00.000Z */
            updatedAt: string;
        };
        WebhookPageDto: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["WebhookResponseDto"][];
            pagination: components["schemas"]["PaginationDto"];
        };
        WebhookEnvelopeDto: {
            /** @enum {boolean} */
            success: true;
            /** @example Webhook updated successfully */
            message?: string;
            data: components["schemas"]["WebhookResponseDto"];
        };
        UpdateWebhookDto: {
            /** @example https://example.com/hooks/outreach-v2 */
            url?: string;
            /**
             * @example [
             *       "attempt.outcome"
             *     ]
             */
            events?: ("attempt.outcome" | "initiation.completed" | "followup.scheduled")[];
            /**
             * @description true re-enables an endpoint the service disabled (410, 5 days of failures)
             * @example true
             */
            enabled?: boolean;
            /** @example Loan ledger */
            description?: string | null;
        };
        WebhookDeliveryDto: {
            /** @example whd_7Hq2mX9pLk3Rt5Vb1Nc8 */
            id: string;
            /**
             * @description Its `webhook-id` header: de-duplicate on it
             * @example msg_2Kd9sL4mQp7Rt1Vx9Zb3
             */
            messageId: string;
            /**
             * @example attempt.outcome
             * @enum {string}
             */
            type: "attempt.outcome" | "initiation.completed" | "followup.scheduled";
            /**
             * @example delivered
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /**
             * @description Tries so far
             * @example 2
             */
            attempts: number;
            /** @example 200 */
            lastStatusCode: number | null;
            /** @example null */
            lastError: string | null;
            /** @example null */
            nextAttemptAt: string | null;
            /** @example 2026-03-02T06:35:05.120Z */
            deliveredAt: string | null;
            /**
             * @description When the event happened
             * @example 2026-03-02T06:35:00.000Z
             */
            createdAt: string;
        };
        DeliveryPageDto: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["WebhookDeliveryDto"][];
            pagination: components["schemas"]["PaginationDto"];
        };
        DeliveryEnvelopeDto: {
            /** @enum {boolean} */
            success: true;
            /** @example Delivered */
            message?: string;
            data: components["schemas"]["WebhookDeliveryDto"];
        };
        /** @description Every error: `success: false` and a readable `message`; `error` names the status on 401, 403 (organization mismatch), 413, 429, 500 and 503; `errors` lists the problems of a validation error. Some errors carry more top-level fields (e.g. `totalMatched`, `excluded`). */
        ErrorResponse: {
            /** @enum {boolean} */
            success: false;
            /** @example Unauthorized */
            error?: string;
            /** @example Validation failed */
            message: string;
            /**
             * @example [
             *       "name is required"
             *     ]
             */
            errors?: string[];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description The database or Redis is unreachable
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description outreach_initiations_total, outreach_attempts_total, outreach_provider_request_duration_seconds, outreach_queue_jobs and process metrics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example outreach_initiations_total{channel="calls",outcome="completed"} 3
                     *     outreach_queue_jobs{queue="calls",state="waiting"} 0
                     */
                    "text/plain": string;
                };
            };
            /** @description METRICS_TOKEN is set and the request does not carry it */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "org_3kTqZ8r1uVb5Yx2NcWm4",
                     *         "name": "Acme Finance",
                     *         "apiKey": "oak_…"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["CreatedOrganizationDto"];
                    };
                };
            };
            /** @description Validation failed: a parameter or the body is invalid (or the body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "Request body is not valid JSON"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong admin token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ADMIN_API_TOKEN is not configured */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "key_9fLw2Qx7Rt1Zp0Vn3Hs8",
                     *           "prefix": "oak_Ab12Cd34Ef56",
                     *           "createdAt": "2026-11-23T10:00:00.000Z",
                     *           "lastUsedAt": "2026-11-23T10:05:00.000Z",
                     *           "expiresAt": null,
                     *           "revokedAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["ApiKeySummaryDto"][];
                    };
                };
            };
            /** @description Missing or wrong admin token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Organization not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    issueApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IssueKeyDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "key_9fLw2Qx7Rt1Zp0Vn3Hs8",
                     *         "apiKey": "oak_…",
                     *         "expiresAt": "2027-01-01T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["IssuedKeyDto"];
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "expiresAt must be in the future"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong admin token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Organization not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "API key revoked"
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description Missing or wrong admin token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description ADMIN_API_TOKEN is not configured */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    whoAmI: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "organizationId": "org_3kTqZ8r1uVb5Yx2NcWm4",
                     *         "apiKeyId": "key_9fLw2Qx7Rt1Zp0Vn3Hs8"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: {
                            organizationId: string;
                            apiKeyId: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Campaign created successfully",
                     *       "data": {
                     *         "id": "camp_8hQ2mZr4Tn6Wv1Xy3Bc5",
                     *         "name": "August EMI reminders"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: {
                            id: string;
                            name: string;
                            /** @description Only when jsonData was given */
                            customersAdded?: number;
                        };
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "campaignType must be one of: emi, edi, lead"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Empty = any status */
                status?: "active" | "paused" | "completed";
                /** @description Empty = any type */
                campaign_type?: "emi" | "edi" | "lead";
                /** @description Part of the name, case-insensitive; empty = any name */
                search?: string;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["CampaignResponseDto"][];
                        pagination: components["schemas"]["PaginationDto"];
                    };
                };
            };
            /** @description Validation failed: a parameter or the body is invalid (or the body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "Request body is not valid JSON"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["CampaignResponseDto"];
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Campaign deleted successfully"
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Campaign updated successfully",
                     *       "updatedFields": [
                     *         "name",
                     *         "endDate"
                     *       ],
                     *       "data": {
                     *         "id": "camp_8hQ2mZr4Tn6Wv1Xy3Bc5",
                     *         "name": "August EMI reminders",
                     *         "description": "Borrowers with an EMI due in August",
                     *         "campaignType": "emi",
                     *         "status": "active",
                     *         "startDate": "2025-08-01",
                     *         "startTime": "09:00",
                     *         "endDate": "2025-08-31",
                     *         "endTime": "18:00",
                     *         "languages": [
                     *           "hindi",
                     *           "english"
                     *         ],
                     *         "region": "west",
                     *         "tags": [
                     *           "q3"
                     *         ],
                     *         "timezone": "Asia/Kolkata",
                     *         "contactPolicy": null,
                     *         "createdAt": "2026-11-23T10:00:00.000Z",
                     *         "updatedAt": "2026-11-23T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: components["schemas"]["CampaignResponseDto"];
                        updatedFields: string[];
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "campaignType must be one of: emi, edi, lead"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCustomerDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Customer added to campaign successfully",
                     *       "data": {
                     *         "id": "LOAN-2025-00123",
                     *         "campaignId": "camp_8hQ2mZr4Tn6Wv1Xy3Bc5"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: {
                            id: string;
                            campaignId: string;
                        };
                        /** @description With initiateCall: whether the call was initiated */
                        callInitiated?: boolean;
                        /** @description With initiateCall, when no call was initiated: why */
                        callError?: string;
                        /** @description With initiateCall: the initiation that placed the call */
                        initiationId?: string;
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "data: phone_number is not a valid phone number"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addCustomersBulk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAddCustomersDto"];
            };
        };
        responses: {
            /** @description All records added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Added 3 of 3 records",
                     *       "results": {
                     *         "total": 3,
                     *         "valid": 3,
                     *         "invalid": 0,
                     *         "successful": 3,
                     *         "failed": 0,
                     *         "batchesProcessed": 1,
                     *         "errors": []
                     *       }
                     *     }
                     */
                    "application/json": {
                        success: boolean;
                        message: string;
                        results: components["schemas"]["BulkResultsDto"];
                        /** @description With initiateCall: the initiation's results and initiationId, or `{success, message}` when it was refused or is still running */
                        callResults?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Some records added */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Added 2 of 3 records",
                     *       "results": {
                     *         "total": 3,
                     *         "valid": 2,
                     *         "invalid": 1,
                     *         "successful": 2,
                     *         "failed": 1,
                     *         "batchesProcessed": 1,
                     *         "errors": [
                     *           {
                     *             "index": 2,
                     *             "id": "LOAN-2025-00125",
                     *             "reason": "phone_number is not a valid phone number"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        success: boolean;
                        message: string;
                        results: components["schemas"]["BulkResultsDto"];
                        /** @description With initiateCall: the initiation's results and initiationId, or `{success, message}` when it was refused or is still running */
                        callResults?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description No record added, or the request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "records must contain at most 10000 records"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Customer updated successfully",
                     *       "data": {
                     *         "loan_id": "LOAN-2025-00123",
                     *         "phone_number": "+919876543210",
                     *         "payment_status": "paid"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        /** @description The customer's fields after the update */
                        data: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Validation failed: a parameter or the body is invalid (or the body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "Request body is not valid JSON"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Customer not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["CustomerResponseDto"][];
                        pagination: components["schemas"]["PaginationDto"];
                    };
                };
            };
            /** @description Validation failed: a parameter or the body is invalid (or the body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "Request body is not valid JSON"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Customer deleted successfully"
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Customer not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    importCustomersCsv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description All rows added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Added 3 of 3 records",
                     *       "results": {
                     *         "total": 3,
                     *         "valid": 3,
                     *         "invalid": 0,
                     *         "successful": 3,
                     *         "failed": 0,
                     *         "batchesProcessed": 1,
                     *         "errors": []
                     *       }
                     *     }
                     */
                    "application/json": {
                        success: boolean;
                        message: string;
                        results: components["schemas"]["BulkResultsDto"];
                        /** @description With initiateCall: the initiation's results and initiationId, or `{success, message}` when it was refused or is still running */
                        callResults?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Some rows added */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Added 2 of 3 records",
                     *       "results": {
                     *         "total": 3,
                     *         "valid": 2,
                     *         "invalid": 1,
                     *         "successful": 2,
                     *         "failed": 1,
                     *         "batchesProcessed": 1,
                     *         "errors": [
                     *           {
                     *             "index": 2,
                     *             "id": "LOAN-2025-00125",
                     *             "reason": "phone_number is not a valid phone number"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        success: boolean;
                        message: string;
                        results: components["schemas"]["BulkResultsDto"];
                        /** @description With initiateCall: the initiation's results and initiationId, or `{success, message}` when it was refused or is still running */
                        callResults?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description No row added, or the header is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "the header must include phone_number"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not text/csv */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAgents: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                status?: "active" | "inactive";
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "agent_3kTqZ8r1uVb5Yx2NcWm4",
                     *           "name": "EMI reminder (Hindi)",
                     *           "description": "Reminds customers of their next EMI",
                     *           "language": "hindi",
                     *           "variables": [
                     *             "first_name",
                     *             "emi_amount",
                     *             "emi_due_date"
                     *           ],
                     *           "status": "active",
                     *           "createdAt": "2026-03-02T06:30:00.000Z",
                     *           "updatedAt": "2026-03-02T06:30:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "limit": 20,
                     *         "total": 1,
                     *         "totalPages": 1,
                     *         "hasNext": false,
                     *         "hasPrev": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "limit must not be greater than 100",
                     *         "status must be one of: active, inactive"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Agent created successfully",
                     *       "data": {
                     *         "id": "agent_3kTqZ8r1uVb5Yx2NcWm4",
                     *         "name": "EMI reminder (Hindi)",
                     *         "description": "Reminds customers of their next EMI",
                     *         "language": "hindi",
                     *         "variables": [
                     *           "first_name",
                     *           "emi_amount",
                     *           "emi_due_date"
                     *         ],
                     *         "status": "active",
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentEnvelopeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "name is required",
                     *         "variables has an invalid field name: \"first name\""
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "agent_3kTqZ8r1uVb5Yx2NcWm4",
                     *         "name": "EMI reminder (Hindi)",
                     *         "description": "Reminds customers of their next EMI",
                     *         "language": "hindi",
                     *         "variables": [
                     *           "first_name",
                     *           "emi_amount",
                     *           "emi_due_date"
                     *         ],
                     *         "status": "active",
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentEnvelopeDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown agent, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Agent not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Agent updated successfully",
                     *       "updatedFields": [
                     *         "status"
                     *       ],
                     *       "data": {
                     *         "id": "agent_3kTqZ8r1uVb5Yx2NcWm4",
                     *         "name": "EMI reminder (Hindi)",
                     *         "description": "Reminds customers of their next EMI",
                     *         "language": "hindi",
                     *         "variables": [
                     *           "first_name",
                     *           "emi_amount",
                     *           "emi_due_date"
                     *         ],
                     *         "status": "inactive",
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentEnvelopeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "At least one field must be given"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown agent, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Agent not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Agent deleted successfully"
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown agent, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Agent not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listDispositions: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "disp_9fLw2Qx7Rt1Zp0Vn3Hs8",
                     *           "name": "Promise to pay",
                     *           "description": "Customer committed to a payment date",
                     *           "priority": 700,
                     *           "createdAt": "2026-03-02T06:30:00.000Z",
                     *           "updatedAt": "2026-03-02T06:30:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "limit": 20,
                     *         "total": 1,
                     *         "totalPages": 1,
                     *         "hasNext": false,
                     *         "hasPrev": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DispositionPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "limit must not be greater than 100"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createDisposition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDispositionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Disposition created successfully",
                     *       "data": {
                     *         "id": "disp_9fLw2Qx7Rt1Zp0Vn3Hs8",
                     *         "name": "Promise to pay",
                     *         "description": "Customer committed to a payment date",
                     *         "priority": 700,
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DispositionEnvelopeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "name is required",
                     *         "priority must not be greater than 1000"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The organization already has a disposition of this name (case-insensitive) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Disposition with this name already exists"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDisposition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "disp_9fLw2Qx7Rt1Zp0Vn3Hs8",
                     *         "name": "Promise to pay",
                     *         "description": "Customer committed to a payment date",
                     *         "priority": 700,
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DispositionEnvelopeDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown disposition, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Disposition not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateDisposition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDispositionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Disposition updated successfully",
                     *       "updatedFields": [
                     *         "priority"
                     *       ],
                     *       "data": {
                     *         "id": "disp_9fLw2Qx7Rt1Zp0Vn3Hs8",
                     *         "name": "Promise to pay",
                     *         "description": "Customer committed to a payment date",
                     *         "priority": 900,
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DispositionEnvelopeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "At least one field must be given"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown disposition, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Disposition not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The organization already has a disposition of this name (case-insensitive) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Disposition with this name already exists"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteDisposition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Disposition deleted successfully"
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown disposition, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Disposition not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSmsTemplates: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "tmpl_hfu7VL6sBhI6NPmQx2Lk",
                     *           "name": "EMI due reminder",
                     *           "body": "Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. -TMPPAY",
                     *           "senderId": "TMPPAY",
                     *           "dltTemplateId": "1107161234567890123",
                     *           "language": "english",
                     *           "variables": [
                     *             "first_name",
                     *             "emi_amount",
                     *             "emi_due_date"
                     *           ],
                     *           "createdAt": "2026-03-02T06:30:00.000Z",
                     *           "updatedAt": "2026-03-02T06:30:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "limit": 20,
                     *         "total": 1,
                     *         "totalPages": 1,
                     *         "hasNext": false,
                     *         "hasPrev": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SmsTemplatePageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "limit must not be greater than 100"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSmsTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSmsTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Template created successfully",
                     *       "data": {
                     *         "id": "tmpl_hfu7VL6sBhI6NPmQx2Lk",
                     *         "name": "EMI due reminder",
                     *         "body": "Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. -TMPPAY",
                     *         "senderId": "TMPPAY",
                     *         "dltTemplateId": "1107161234567890123",
                     *         "language": "english",
                     *         "variables": [
                     *           "first_name",
                     *           "emi_amount",
                     *           "emi_due_date"
                     *         ],
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SmsTemplateEnvelopeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "senderId must be 1 to 11 letters or digits",
                     *         "body has an invalid placeholder: {{first name}}"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSmsTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "tmpl_hfu7VL6sBhI6NPmQx2Lk",
                     *         "name": "EMI due reminder",
                     *         "body": "Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. -TMPPAY",
                     *         "senderId": "TMPPAY",
                     *         "dltTemplateId": "1107161234567890123",
                     *         "language": "english",
                     *         "variables": [
                     *           "first_name",
                     *           "emi_amount",
                     *           "emi_due_date"
                     *         ],
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SmsTemplateEnvelopeDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown template, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Template not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateSmsTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSmsTemplateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Template updated successfully",
                     *       "updatedFields": [
                     *         "body"
                     *       ],
                     *       "data": {
                     *         "id": "tmpl_hfu7VL6sBhI6NPmQx2Lk",
                     *         "name": "EMI due reminder",
                     *         "body": "Hi {{ first_name }}, pay today. -TMPPAY",
                     *         "senderId": "TMPPAY",
                     *         "dltTemplateId": "1107161234567890123",
                     *         "language": "english",
                     *         "variables": [
                     *           "first_name"
                     *         ],
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SmsTemplateEnvelopeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "At least one field must be given"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown template, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Template not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteSmsTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Template deleted successfully"
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown template, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Template not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPhoneNumbers: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Only active (true) or inactive (false) numbers */
                active?: boolean;
                /** @description Only numbers with this capability */
                capability?: "voice" | "sms";
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "num_7hGt2Lp9Qx4Vz1Rk8Ws3",
                     *           "number": "+919876543210",
                     *           "label": "Mumbai outbound 1",
                     *           "active": true,
                     *           "capabilities": [
                     *             "voice",
                     *             "sms"
                     *           ],
                     *           "createdAt": "2026-03-02T06:30:00.000Z",
                     *           "updatedAt": "2026-03-02T06:30:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "limit": 20,
                     *         "total": 1,
                     *         "totalPages": 1,
                     *         "hasNext": false,
                     *         "hasPrev": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneNumberPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "active must be true or false",
                     *         "capability must be one of: voice, sms"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createPhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePhoneNumberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Phone number created successfully",
                     *       "data": {
                     *         "id": "num_7hGt2Lp9Qx4Vz1Rk8Ws3",
                     *         "number": "+919876543210",
                     *         "label": "Mumbai outbound 1",
                     *         "active": true,
                     *         "capabilities": [
                     *           "voice",
                     *           "sms"
                     *         ],
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneNumberEnvelopeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "number is not a valid phone number"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The organization already has this number (compared in E.164) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Phone number already exists"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "num_7hGt2Lp9Qx4Vz1Rk8Ws3",
                     *         "number": "+919876543210",
                     *         "label": "Mumbai outbound 1",
                     *         "active": true,
                     *         "capabilities": [
                     *           "voice",
                     *           "sms"
                     *         ],
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneNumberEnvelopeDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown phone number, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Phone number not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updatePhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePhoneNumberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Phone number updated successfully",
                     *       "updatedFields": [
                     *         "active"
                     *       ],
                     *       "data": {
                     *         "id": "num_7hGt2Lp9Qx4Vz1Rk8Ws3",
                     *         "number": "+919876543210",
                     *         "label": "Mumbai outbound 1",
                     *         "active": false,
                     *         "capabilities": [
                     *           "voice",
                     *           "sms"
                     *         ],
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneNumberEnvelopeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "At least one field must be given"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown phone number, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Phone number not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The organization already has this number (compared in E.164) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Phone number already exists"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deletePhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Phone number deleted successfully"
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown phone number, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Phone number not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    previewAudience: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudienceRequestDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "totalMatched": 500,
                     *         "customersSelected": 100,
                     *         "sample": [
                     *           {
                     *             "id": "LOAN-2025-00123",
                     *             "data": {
                     *               "loan_id": "LOAN-2025-00123",
                     *               "phone_number": "+919876543210",
                     *               "payment_status": "pending"
                     *             },
                     *             "createdAt": "2026-11-23T10:00:00.000Z",
                     *             "updatedAt": "2026-11-23T10:00:00.000Z"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["AudienceDto"];
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "filters.payment_status must be one of: bounced, pending, partial, paid, received"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    initiateCalls: {
        parameters: {
            query?: {
                /** @description Check and count; dispatch nothing */
                dryRun?: boolean;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
                /** @description `respond-async`: answer 202 at once and poll the status URL */
                Prefer?: string;
                /** @description A repeat within 24 h replays the first report and dispatches nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InitiateCallsDto"];
            };
        };
        responses: {
            /** @description All calls initiated (or, with ?dryRun=true, the dry-run counts) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiationReportDto"] | {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: components["schemas"]["DryRunDto"];
                    };
                };
            };
            /** @description Accepted: `Prefer: respond-async`, the synchronous wait ran out, or (`outsideWindow: "schedule"`) some customers wait for their window to open; poll statusUrl */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: components["schemas"]["AcceptedDto"];
                    };
                };
            };
            /** @description Partial success */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiationReportDto"];
                };
            };
            /** @description Validation error, no active numbers, everyone excluded by the contact policy, or missing agent variables */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another organization's campaign; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign, agent, disposition or customers not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. Initiate routes also count against INITIATE_RATE_LIMIT_PER_MINUTE.
             *
             *     Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets.
             */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description All failed, or an internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    receiveVoiceEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Unix seconds; at most 300 s from the server time */
                "X-Timestamp": string;
                /** @description `sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<raw body>">`, keyed by VOICE_RUNNER_SECRET */
                "X-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoiceEventsBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "accepted": 2,
                     *       "duplicates": 1,
                     *       "unknown": [
                     *         "att_0123456789abcdef01234567"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["InboundAnswerDto"];
                };
            };
            /** @description Malformed body, a missing or invalid field (named by its index), or more than 1000 items: nothing of the request is kept */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "events[3].at must be an ISO 8601 timestamp with a time zone, e.g. 2025-08-05T10:30:00+05:30"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong signature, or X-Timestamp more than 300 s from now */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "X-Signature does not match the request body"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The route is not configured (the provider's secret is unset): it does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    initiateSms: {
        parameters: {
            query?: {
                /** @description Check and count; dispatch nothing */
                dryRun?: boolean;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
                /** @description `respond-async`: answer 202 at once and poll the status URL */
                Prefer?: string;
                /** @description A repeat within 24 h replays the first report and dispatches nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InitiateSmsDto"];
            };
        };
        responses: {
            /** @description All messages initiated (or, with ?dryRun=true, the dry-run counts) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiationReportDto"] | {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: components["schemas"]["DryRunDto"];
                    };
                };
            };
            /** @description Accepted: `Prefer: respond-async`, the synchronous wait ran out, or (`outsideWindow: "schedule"`) some customers wait for their window to open; poll statusUrl */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: components["schemas"]["AcceptedDto"];
                    };
                };
            };
            /** @description Partial success */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiationReportDto"];
                };
            };
            /** @description Validation error, a template the DLT rules refuse, everyone excluded by the contact policy, or missing template variables */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another organization's campaign; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign, template or customers not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description This Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. Initiate routes also count against INITIATE_RATE_LIMIT_PER_MINUTE.
             *
             *     Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets.
             */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description All failed, or an internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    receiveSmsReceipt: {
        parameters: {
            query?: never;
            header: {
                /** @description Unix seconds; at most 300 s from the server time */
                "X-Timestamp": string;
                /** @description `sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<raw body>">`, keyed by SMS_GATEWAY_SECRET */
                "X-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsReceiptsBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "accepted": 2,
                     *       "duplicates": 1,
                     *       "unknown": [
                     *         "att_0123456789abcdef01234567"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["InboundAnswerDto"];
                };
            };
            /** @description Malformed body, a missing or invalid field (named by its index), or more than 1000 items: nothing of the request is kept */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "receipts[0].status must be one of: sent, delivered, undelivered, failed, expired"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or wrong signature, or X-Timestamp more than 300 s from now */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "X-Signature does not match the request body"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The route is not configured (the provider's secret is unset): it does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    receiveTwilioStatus: {
        parameters: {
            query?: never;
            header: {
                /** @description Twilio's request signature */
                "X-Twilio-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @example SM0123456789abcdef0123456789abcdef */
                    MessageSid: string;
                    /** @example undelivered */
                    MessageStatus: string;
                    /** @example 30003 */
                    ErrorCode?: string;
                    AccountSid?: string;
                    From?: string;
                    To?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "accepted": 1,
                     *       "duplicates": 0,
                     *       "unknown": []
                     *     }
                     */
                    "application/json": components["schemas"]["InboundAnswerDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "MessageSid is required"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "X-Twilio-Signature is missing or does not sign this request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The route is not configured (the provider's secret is unset): it does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listInitiations: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                campaignId?: string;
                channel?: "calls" | "sms";
                status?: "queued" | "running" | "scheduled" | "completed" | "partial" | "failed" | "canceled";
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["InitiationSummaryDto"][];
                        pagination: components["schemas"]["PaginationDto"];
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "channel must be one of: calls, sms"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getInitiation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["InitiationStatusDto"];
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Initiation not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAttempts: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                status?: "queued" | "initiated" | "failed" | "excluded" | "scheduled" | "canceled";
                /** @description One of the initiation's channel's outcomes, or `pending` (initiated, no final outcome yet) */
                outcome?: "pending" | "ringing" | "in_progress" | "completed" | "no_answer" | "busy" | "voicemail" | "failed" | "canceled" | "expired" | "sent" | "delivered" | "undelivered";
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["AttemptDto"][];
                        pagination: components["schemas"]["PaginationDto"];
                    };
                };
            };
            /** @description Validation failed: a parameter or the body is invalid (or the body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "Request body is not valid JSON"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Initiation not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAttemptEvents: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                attemptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "sequence": 1,
                     *           "event": "ringing",
                     *           "at": "2026-03-02T06:30:02.000Z",
                     *           "source": "voice",
                     *           "receivedAt": "2026-03-02T06:30:02.310Z",
                     *           "payload": {
                     *             "attemptId": "att_3f9c0a1b2c3d4e5f60718293",
                     *             "callId": "call-8f2k",
                     *             "event": "ringing",
                     *             "at": "2026-03-02T06:30:02Z"
                     *           }
                     *         },
                     *         {
                     *           "sequence": 2,
                     *           "event": "completed",
                     *           "at": "2026-03-02T06:32:05.000Z",
                     *           "source": "voice",
                     *           "receivedAt": "2026-03-02T06:32:05.420Z",
                     *           "payload": {
                     *             "attemptId": "att_3f9c0a1b2c3d4e5f60718293",
                     *             "callId": "call-8f2k",
                     *             "event": "completed",
                     *             "at": "2026-03-02T06:32:05Z",
                     *             "durationSec": 124,
                     *             "disposition": "Promise to pay"
                     *           }
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "limit": 20,
                     *         "total": 2,
                     *         "totalPages": 1,
                     *         "hasNext": false,
                     *         "hasPrev": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["AttemptEventDto"][];
                        pagination: components["schemas"]["PaginationDto"];
                    };
                };
            };
            /** @description Validation failed: a parameter or the body is invalid (or the body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "Request body is not valid JSON"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Attempt not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCampaignStats: {
        parameters: {
            query?: {
                /** @description ISO 8601 date or date-time; without an offset, in the organization's time zone; inclusive at the precision given. Filters the time each attempt was handed to the provider, as `start_time`/`end_time` do for /logs. */
                from?: string;
                /** @description ISO 8601 date or date-time; without an offset, in the organization's time zone; inclusive at the precision given. Filters the time each attempt was handed to the provider, as `start_time`/`end_time` do for /logs. */
                to?: string;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "calls": {
                     *           "attempts": 180,
                     *           "byOutcome": {
                     *             "pending": 3,
                     *             "completed": 120,
                     *             "no_answer": 40,
                     *             "busy": 5,
                     *             "voicemail": 12,
                     *             "failed": 0,
                     *             "canceled": 0,
                     *             "expired": 0
                     *           },
                     *           "byDisposition": [
                     *             {
                     *               "dispositionId": "disp_7Hk3Nw9Qa1Zx5Cv2Bm8L",
                     *               "name": "Promise to pay",
                     *               "count": 57
                     *             },
                     *             {
                     *               "dispositionId": null,
                     *               "name": "Call back later",
                     *               "count": 9
                     *             }
                     *           ],
                     *           "contactRate": 0.6667,
                     *           "avgDurationSec": 96.4
                     *         },
                     *         "sms": {
                     *           "attempts": 620,
                     *           "byOutcome": {
                     *             "pending": 20,
                     *             "delivered": 590,
                     *             "undelivered": 8,
                     *             "failed": 2,
                     *             "expired": 0
                     *           },
                     *           "deliveryRate": 0.9516
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["CampaignStatsDto"];
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "from must be an ISO 8601 date or date-time"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getLogs: {
        parameters: {
            query?: {
                type?: "call" | "sms";
                /** @description One of the organization's campaigns */
                campaign_id?: string;
                /** @description The agent the call was initiated with */
                agent_id?: string;
                /** @description Contacted (completed; SMS delivered), No Contact (no_answer, busy, voicemail, canceled), Failed (failed, expired, undelivered), Pending (no final outcome yet); any case */
                status?: "Contacted" | "No Contact" | "Failed" | "Pending";
                /** @description The outcome exactly; `pending` = no final outcome yet */
                outcome?: "pending" | "ringing" | "in_progress" | "completed" | "no_answer" | "busy" | "voicemail" | "failed" | "canceled" | "expired" | "sent" | "delivered" | "undelivered";
                /** @description Disposition name, any case */
                disposition?: string;
                /** @description The number called or texted (read as elsewhere: E.164 or national) */
                phone?: string;
                /** @description The number it was sent from */
                from_phone?: string;
                /** @description ISO 8601 (`2026-03-02`, `2026-03-02T09:00`, `2026-03-02T09:00:00+05:30`). Without an offset, a wall time in the organization's time zone (its contact policy's `timezone`). Inclusive at the precision given: `end_time=2026-03-02` includes that whole day. Filters the time the attempt was handed to the provider (`start_time` of an entry). */
                start_time?: string;
                /** @description ISO 8601 (`2026-03-02`, `2026-03-02T09:00`, `2026-03-02T09:00:00+05:30`). Without an offset, a wall time in the organization's time zone (its contact policy's `timezone`). Inclusive at the precision given: `end_time=2026-03-02` includes that whole day. Filters the time the attempt was handed to the provider (`start_time` of an entry). */
                end_time?: string;
                /** @description From 1 (ignored with `cursor`) */
                page?: number;
                per_page?: number;
                /** @description The previous page's `pagination.next_cursor`: the next page by key, as fast at page 10,000 as at page 1 */
                cursor?: string;
                /** @description `true`: only the count, `{"success":true,"total":N,"pagination":{"total":N}}` */
                count_only?: boolean;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["LogEntryDto"][];
                        pagination: components["schemas"]["LogsPaginationDto"];
                    } | {
                        /** @enum {boolean} */
                        success: true;
                        /** @example 42 */
                        total: number;
                        pagination: {
                            /** @example 42 */
                            total: number;
                        };
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "status must be one of: Contacted, No Contact, Failed, Pending"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCallCommunication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "call_id": "att_3f9c0a1b2c3d4e5f60718293",
                     *         "type": "call",
                     *         "initiation_id": "init_4Jd8sK2mQp7Rt1Vx9Zb3",
                     *         "date": "2026-03-02",
                     *         "start_time": "2026-03-02T12:00:01.250+05:30",
                     *         "end_time": "2026-03-02T12:02:05.250+05:30",
                     *         "duration": 124,
                     *         "direction": "outbound",
                     *         "from": "+918000000001",
                     *         "to": "+919876543210",
                     *         "name": "Asha Rao",
                     *         "loan_id": "LOAN-2025-00123",
                     *         "campaign_id": "camp_8hQ2mZr4Tn6Wv1Xy3Bc5",
                     *         "campaign_name": "August EMI reminders",
                     *         "agent_id": "agent_2Fq9LmX0pR7sTu4Vw6Yz8A",
                     *         "disposition": "Promise to pay",
                     *         "disposition_id": "disp_7Hk3Nw9Qa1Zx5Cv2Bm8L",
                     *         "status": "Contacted",
                     *         "outcome": "completed",
                     *         "summary": "Promised to pay by Friday",
                     *         "extracted_data": {
                     *           "promise_date": "2026-03-06"
                     *         },
                     *         "recording_url": "https://runner.example/rec/call-8f2k.mp3",
                     *         "transcript_url": null,
                     *         "events": [
                     *           {
                     *             "sequence": 1,
                     *             "event": "completed",
                     *             "at": "2026-03-02T12:02:05.250+05:30",
                     *             "source": "voice",
                     *             "receivedAt": "2026-03-02T12:02:06.120+05:30",
                     *             "payload": {
                     *               "callId": "call-8f2k",
                     *               "durationSec": 124,
                     *               "disposition": "Promise to pay"
                     *             }
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["CommunicationDto"];
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Call not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSmsCommunication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "call_id": "att_5b1d2e3f4a5b6c7d8e9f0a1b",
                     *         "type": "sms",
                     *         "initiation_id": "init_4Jd8sK2mQp7Rt1Vx9Zb3",
                     *         "date": "2026-03-02",
                     *         "start_time": "2026-03-02T12:00:01.250+05:30",
                     *         "end_time": null,
                     *         "duration": null,
                     *         "direction": "outbound",
                     *         "from": "+918000000001",
                     *         "to": "+919876543210",
                     *         "name": "Asha Rao",
                     *         "loan_id": "LOAN-2025-00123",
                     *         "campaign_id": "camp_8hQ2mZr4Tn6Wv1Xy3Bc5",
                     *         "campaign_name": "August EMI reminders",
                     *         "agent_id": null,
                     *         "disposition": null,
                     *         "disposition_id": null,
                     *         "status": "Contacted",
                     *         "outcome": "delivered",
                     *         "summary": null,
                     *         "extracted_data": null,
                     *         "recording_url": null,
                     *         "transcript_url": null,
                     *         "events": [
                     *           {
                     *             "sequence": 1,
                     *             "event": "sent",
                     *             "at": "2026-03-02T12:02:05.250+05:30",
                     *             "source": "sms",
                     *             "receivedAt": "2026-03-02T12:02:06.120+05:30",
                     *             "payload": {
                     *               "messageId": "msg-77",
                     *               "status": "sent"
                     *             }
                     *           },
                     *           {
                     *             "sequence": 2,
                     *             "event": "delivered",
                     *             "at": "2026-03-02T12:02:05.250+05:30",
                     *             "source": "sms",
                     *             "receivedAt": "2026-03-02T12:02:06.120+05:30",
                     *             "payload": {
                     *               "messageId": "msg-77",
                     *               "status": "delivered"
                     *             }
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["CommunicationDto"];
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "SMS not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelInitiation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "initiationId": "init_4Jd8sK2mQp7Rt1Vx9Zb3",
                     *         "status": "running",
                     *         "canceled": 1500
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["CancelResultDto"];
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Initiation not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The first round has ended and no follow-up is waiting */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Nothing left to cancel: the initiation has ended and no follow-up is waiting"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getContactPolicy: {
        parameters: {
            query?: {
                /** @description The policy in force for this campaign (its override applied) */
                campaignId?: string;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "timezone": "Asia/Kolkata",
                     *         "calls": {
                     *           "window": {
                     *             "start": "08:00",
                     *             "end": "19:00",
                     *             "days": [
                     *               "mon",
                     *               "tue",
                     *               "wed",
                     *               "thu",
                     *               "fri",
                     *               "sat",
                     *               "sun"
                     *             ]
                     *           },
                     *           "maxAttempts": {
                     *             "count": 7,
                     *             "days": 7
                     *           }
                     *         },
                     *         "sms": {
                     *           "window": {
                     *             "start": "08:00",
                     *             "end": "21:00",
                     *             "days": [
                     *               "mon",
                     *               "tue",
                     *               "wed",
                     *               "thu",
                     *               "fri",
                     *               "sat",
                     *               "sun"
                     *             ]
                     *           },
                     *           "maxAttempts": {
                     *             "count": 3,
                     *             "days": 1
                     *           }
                     *         },
                     *         "dedupePhone": true,
                     *         "requireDlt": true,
                     *         "outsideWindow": "exclude"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["ContactPolicyDto"];
                    };
                };
            };
            /** @description Validation failed: a parameter or the body is invalid (or the body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "Request body is not valid JSON"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Campaign not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateContactPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPolicyPatchDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Contact policy updated",
                     *       "data": {
                     *         "timezone": "Asia/Kolkata",
                     *         "calls": {
                     *           "window": {
                     *             "start": "08:00",
                     *             "end": "19:00",
                     *             "days": [
                     *               "mon",
                     *               "tue",
                     *               "wed",
                     *               "thu",
                     *               "fri",
                     *               "sat",
                     *               "sun"
                     *             ]
                     *           },
                     *           "maxAttempts": {
                     *             "count": 7,
                     *             "days": 7
                     *           }
                     *         },
                     *         "sms": {
                     *           "window": {
                     *             "start": "08:00",
                     *             "end": "21:00",
                     *             "days": [
                     *               "mon",
                     *               "tue",
                     *               "wed",
                     *               "thu",
                     *               "fri",
                     *               "sat",
                     *               "sun"
                     *             ]
                     *           },
                     *           "maxAttempts": {
                     *             "count": 3,
                     *             "days": 1
                     *           }
                     *         },
                     *         "dedupePhone": true,
                     *         "requireDlt": true,
                     *         "outsideWindow": "exclude"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message?: string;
                        data: components["schemas"]["ContactPolicyDto"];
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "calls.window.start must be a time HH:MM (24 h)",
                     *         "timezone must be an IANA time zone such as Asia/Kolkata",
                     *         "sms.maxAttempts.count must not be less than 1"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    findDoNotContact: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Exactly this number (normalised to E.164) */
                phone?: string;
                channel?: "calls" | "sms" | "all";
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "phone": "+919876543210",
                     *           "channel": "all",
                     *           "reason": "Asked not to be called",
                     *           "createdAt": "2026-03-02T06:30:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "limit": 20,
                     *         "total": 1,
                     *         "totalPages": 1,
                     *         "hasNext": false,
                     *         "hasPrev": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["DoNotContactDto"][];
                        pagination: components["schemas"]["PaginationDto"];
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "phone is not a valid phone number"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addDoNotContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDoNotContactDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Do-not-contact list updated",
                     *       "data": {
                     *         "added": 2,
                     *         "updated": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: {
                            added: number;
                            updated: number;
                        };
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "entries[1].phone is not a valid phone number",
                     *         "entries[0].channel must be one of: calls, sms, all"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    removeDoNotContact: {
        parameters: {
            query?: {
                /** @description Only this channel’s entry (default: every entry) */
                channel?: "calls" | "sms" | "all";
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                phone: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Removed from the do-not-contact list",
                     *       "data": {
                     *         "removed": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: {
                            removed: number;
                        };
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "phone is not a valid phone number"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Do-not-contact entry not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "wh_3kTqZ8r1uVb5Yx2NcWm4",
                     *           "url": "https://crm.example.com/hooks/outreach",
                     *           "events": [
                     *             "attempt.outcome",
                     *             "initiation.completed"
                     *           ],
                     *           "description": "Loan ledger",
                     *           "enabled": true,
                     *           "disabledReason": null,
                     *           "createdAt": "2026-03-02T06:30:00.000Z",
                     *           "updatedAt": "2026-03-02T06:30:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "limit": 20,
                     *         "total": 1,
                     *         "totalPages": 1,
                     *         "hasNext": false,
                     *         "hasPrev": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "limit must not be greater than 100"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Webhook created successfully",
                     *       "data": {
                     *         "id": "wh_3kTqZ8r1uVb5Yx2NcWm4",
                     *         "url": "https://crm.example.com/hooks/outreach",
                     *         "events": [
                     *           "attempt.outcome",
                     *           "initiation.completed"
                     *         ],
                     *         "description": "Loan ledger",
                     *         "enabled": true,
                     *         "disabledReason": null,
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z",
                     *         "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwQ2ZhbkJhcg=="
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSecretEnvelopeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "url must use https",
                     *         "url must resolve to a public address (hooks.internal resolves to 10.0.0.7)",
                     *         "each value in events must be one of: attempt.outcome, initiation.completed, followup.scheduled"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "wh_3kTqZ8r1uVb5Yx2NcWm4",
                     *         "url": "https://crm.example.com/hooks/outreach",
                     *         "events": [
                     *           "attempt.outcome",
                     *           "initiation.completed"
                     *         ],
                     *         "description": "Loan ledger",
                     *         "enabled": true,
                     *         "disabledReason": null,
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEnvelopeDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown webhook, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Webhook not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Webhook deleted successfully"
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                    };
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown webhook, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Webhook not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Webhook updated successfully",
                     *       "updatedFields": [
                     *         "enabled"
                     *       ],
                     *       "data": {
                     *         "id": "wh_3kTqZ8r1uVb5Yx2NcWm4",
                     *         "url": "https://crm.example.com/hooks/outreach",
                     *         "events": [
                     *           "attempt.outcome",
                     *           "initiation.completed"
                     *         ],
                     *         "description": "Loan ledger",
                     *         "enabled": true,
                     *         "disabledReason": null,
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        message: string;
                        data: components["schemas"]["WebhookResponseDto"];
                        /**
                         * @example [
                         *       "enabled"
                         *     ]
                         */
                        updatedFields: string[];
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "url must use https",
                     *         "enabled must be a boolean value"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown webhook, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Webhook not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body exceeds the 10 MB limit"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Secret rotated",
                     *       "data": {
                     *         "id": "wh_3kTqZ8r1uVb5Yx2NcWm4",
                     *         "url": "https://crm.example.com/hooks/outreach",
                     *         "events": [
                     *           "attempt.outcome",
                     *           "initiation.completed"
                     *         ],
                     *         "description": "Loan ledger",
                     *         "enabled": true,
                     *         "disabledReason": null,
                     *         "createdAt": "2026-03-02T06:30:00.000Z",
                     *         "updatedAt": "2026-03-02T06:30:00.000Z",
                     *         "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwQ2ZhbkJhcg=="
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSecretEnvelopeDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown webhook, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Webhook not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "whd_7Hq2mX9pLk3Rt5Vb1Nc8",
                     *           "messageId": "msg_2Kd9sL4mQp7Rt1Vx9Zb3",
                     *           "type": "attempt.outcome",
                     *           "status": "delivered",
                     *           "attempts": 2,
                     *           "lastStatusCode": 200,
                     *           "lastError": null,
                     *           "nextAttemptAt": null,
                     *           "deliveredAt": "2026-03-02T06:35:05.120Z",
                     *           "createdAt": "2026-03-02T06:35:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "limit": 20,
                     *         "total": 1,
                     *         "totalPages": 1,
                     *         "hasNext": false,
                     *         "hasPrev": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DeliveryPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Validation failed",
                     *       "errors": [
                     *         "status must be one of: pending, delivered, failed"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown webhook, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Webhook not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, else 403 {"success":false,"error":"Forbidden","message":"Organization mismatch for this API key"}. */
                "x-org-id"?: string;
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "delivered",
                     *       "data": {
                     *         "id": "whd_7Hq2mX9pLk3Rt5Vb1Nc8",
                     *         "messageId": "msg_2Kd9sL4mQp7Rt1Vx9Zb3",
                     *         "type": "attempt.outcome",
                     *         "status": "delivered",
                     *         "attempts": 2,
                     *         "lastStatusCode": 200,
                     *         "lastError": null,
                     *         "nextAttemptAt": null,
                     *         "deliveredAt": "2026-03-02T06:35:05.120Z",
                     *         "createdAt": "2026-03-02T06:35:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DeliveryEnvelopeDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized",
                     *       "message": "Missing or invalid authorization header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description x-org-id names an organization other than the API key's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown webhook or delivery, or one of another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Delivery not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The endpoint is disabled, or a try of the delivery is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Webhook is disabled; enable it to redeliver"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); the Retry-After header gives the seconds until the window resets. */
            429: {
                headers: {
                    /** @description Seconds until the limit resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Too Many Requests",
                     *       "message": "Rate limit exceeded, retry in 12 s"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected error (logged with an id; nothing internal is said) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Internal Server Error",
                     *       "message": "An unexpected error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is unreachable for now: nothing was done, retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Service Unavailable",
                     *       "message": "Service temporarily unavailable, please retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
