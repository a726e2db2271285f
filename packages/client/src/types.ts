import type { paths } from './schema';

/**
 * Request and response types read from the generated `paths` (never written by hand), so they
 * follow openapi.json whenever src/schema.ts is regenerated.
 */
export type { components, paths } from './schema';

export type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
/** The paths that have this method. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: infer O } ? ([O] extends [never] ? never : P) : never;
}[keyof paths];

export type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Responses<O> = O extends { responses: infer R } ? R : never;
type SuccessStatus = 200 | 201 | 202 | 207;

/** The JSON body of one documented status of an operation. */
export type ResponseBody<P extends keyof paths, M extends Method, S extends number> = Json<
  Responses<Operation<P, M>>[S & keyof Responses<Operation<P, M>>]
>;
/** The JSON body of any of the operation's 2xx answers. */
export type SuccessBody<P extends keyof paths, M extends Method> = Json<
  Responses<Operation<P, M>>[SuccessStatus & keyof Responses<Operation<P, M>>]
>;
/** The JSON request body of an operation. */
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
/** The query parameters of an operation. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * What `data` of a success envelope (SPEC §2 `{success, data, ...}`) holds. A body documented
 * without the envelope is taken as the data itself.
 */
export type EnvelopeData<B> = B extends { success: boolean; data?: infer D } ? NonNullable<D> : B;
/** The items of a list envelope's `data`. */
export type ItemOf<B> = B extends { data?: (infer I)[] } ? I : never;

// The shapes the helpers of OutreachClient work with, all read from the document.
export type InitiationBody = SuccessBody<'/api/v1/initiations/{id}', 'get'>;
export type InitiationStatusData = EnvelopeData<InitiationBody>;
export type InitiationStatus = InitiationStatusData extends { status: infer S } ? S : string;
export type AttemptsBody = SuccessBody<'/api/v1/initiations/{id}/attempts', 'get'>;
export type AttemptsQuery = QueryOf<'/api/v1/initiations/{id}/attempts', 'get'>;
export type Attempt = ItemOf<AttemptsBody>;
export type LogsBody = SuccessBody<'/api/v1/logs', 'get'>;
export type LogsQuery = QueryOf<'/api/v1/logs', 'get'>;
/** A page of logs (the `count_only=true` answer excluded). */
export type LogsPage = Extract<LogsBody, { data?: unknown }>;
export type LogEntry = ItemOf<LogsPage>;
export type InitiateCallsBody = RequestBody<'/api/v1/initiate/{campaignId}/calls', 'post'>;
export type InitiateSmsBody = RequestBody<'/api/v1/initiate/{campaignId}/sms', 'post'>;
export type InitiateCallsResponse = SuccessBody<'/api/v1/initiate/{campaignId}/calls', 'post'>;
export type InitiateSmsResponse = SuccessBody<'/api/v1/initiate/{campaignId}/sms', 'post'>;
