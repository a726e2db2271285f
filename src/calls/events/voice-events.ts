import { CALL_OUTCOMES } from '../../initiations/outcomes/outcomes';
import type { ProviderEvent } from '../../initiations/outcomes/provider-event';
import { FieldReader, readInboundList } from '../../providers/inbound-events';

const DISPOSITION_MAX = 255;
const SUMMARY_MAX = 16_000;

/** One voice event as read; `disposition` is the runner's text until resolved against the organization's list. */
export interface VoiceEvent {
  event: ProviderEvent & { attemptId: string };
  dispositionText?: string;
}

/**
 * `{events: [...]}` of POST /providers/voice/events (SPEC §9), each event checked field by field.
 * Unknown properties are ignored (runners add fields) and kept in the event's payload; any
 * missing or invalid required field throws the 400 naming its index.
 */
export function readVoiceEvents(body: unknown): VoiceEvent[] {
  return readInboundList(body, 'events', readVoiceEvent);
}

function readVoiceEvent(f: FieldReader): VoiceEvent | undefined {
  const attemptId = f.required('attemptId', (k) => f.id(k));
  const callId = f.ref('callId');
  const outcome = f.required('event', (k) => f.oneOf(k, CALL_OUTCOMES));
  const at = f.required('at', (k) => f.timestamp(k));
  const durationSec = f.seconds('durationSec');
  const dispositionText = f.string('disposition', DISPOSITION_MAX);
  const summary = f.string('summary', SUMMARY_MAX);
  const recordingUrl = f.url('recordingUrl');
  const transcriptUrl = f.url('transcriptUrl');
  const extracted = f.object('extracted');
  if (attemptId === undefined || outcome === undefined || at === undefined) return undefined;

  const event: VoiceEvent['event'] = { attemptId, event: outcome, at, payload: f.item };
  if (callId !== undefined) event.providerRef = callId;
  if (durationSec !== undefined) event.durationSec = durationSec;
  if (summary !== undefined) event.summary = summary;
  if (recordingUrl !== undefined) event.recordingUrl = recordingUrl;
  if (transcriptUrl !== undefined) event.transcriptUrl = transcriptUrl;
  if (extracted !== undefined) event.extracted = extracted;
  return dispositionText === undefined ? { event } : { event, dispositionText: dispositionText.trim() };
}
