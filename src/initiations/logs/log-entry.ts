import { idFieldOf } from '../../campaigns/campaign.entity';
import type { Campaign } from '../../campaigns/campaign.entity';
import { timePayStatus } from '../outcomes/outcomes';
import { EventRow, parseObjectText } from '../persistence/outcome.reads';
import type { LogRow } from '../persistence/log.reads';
import type { AttemptEventDto, LogEntryDto } from './dto/logs.dto';
import { dateInZone, formatInZone } from './log-time';

/** What a page of entries needs besides its rows, read once per page. */
export interface EntryContext {
  zone: string;
  campaigns: Map<string, Pick<Campaign, 'name' | 'campaignType'>>;
  names: Map<string, string | null>;
  agents: Map<string, string | null>;
}

/** One attempt handed to a provider, as TimePay's logs show it (SPEC §9). */
export function toLogEntry(row: LogRow, ctx: EntryContext): LogEntryDto {
  const campaign = ctx.campaigns.get(row.campaignId);
  const end = row.durationSec === null ? null : new Date(row.initiatedAt.getTime() + row.durationSec * 1000);
  const idField = idFieldOf(campaign?.campaignType ?? 'emi');
  return {
    call_id: row.attemptId,
    type: row.channel === 'calls' ? 'call' : 'sms',
    initiation_id: row.initiationId,
    date: dateInZone(row.initiatedAt, ctx.zone),
    start_time: formatInZone(row.initiatedAt, ctx.zone),
    end_time: end && formatInZone(end, ctx.zone),
    duration: row.durationSec,
    direction: 'outbound',
    from: row.fromPhone,
    to: row.phone,
    name: ctx.names.get(row.customerRowId) ?? null,
    [idField]: row.externalId,
    campaign_id: row.campaignId,
    campaign_name: campaign?.name ?? null,
    agent_id: ctx.agents.get(row.initiationId) ?? null,
    disposition: row.disposition,
    disposition_id: row.dispositionId,
    status: timePayStatus(row.outcome),
    outcome: row.outcome,
    summary: row.summary,
    extracted_data: parseObjectText(row.extracted),
    recording_url: row.recordingUrl,
    transcript_url: row.transcriptUrl,
  };
}

/** One event of an attempt's history; times in `zone` (`UTC` prints `Z`). */
export function toEventDto(row: EventRow, index: number, zone: string): AttemptEventDto {
  return {
    sequence: index + 1,
    event: row.event,
    at: formatInZone(row.at, zone),
    source: row.source,
    receivedAt: formatInZone(row.receivedAt, zone),
    payload: parseObjectText(row.payload),
  };
}
