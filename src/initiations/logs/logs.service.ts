import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LRUCache } from 'lru-cache';
import { CampaignsService } from '../../campaigns/campaigns.service';
import type { Channel } from '../../common/channel';
import { DomainError, notFound, validationFailed } from '../../common/errors';
import { toE164 } from '../../common/phone';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ContactPolicyService } from '../../contact-policy/contact-policy.service';
import { customerNames } from '../../customers/customer-rows';
import { Db, ReplicaReads } from '../../database/read-replicas';
import { outcomesLabelled, Outcome } from '../outcomes/outcomes';
import { LogFilters, LogReads, LogRow } from '../persistence/log.reads';
import { OutcomeReads } from '../persistence/outcome.reads';
import type { CommunicationDto, LogEntryDto, LogsPaginationDto, LogsQueryDto } from './dto/logs.dto';
import { decodeCursor, encodeCursor } from './log-cursor';
import { EntryContext, toEventDto, toLogEntry } from './log-entry';
import { parseTimeBound } from './log-time';

export type LogsAnswer =
  { countOnly: true; total: number } | { countOnly: false; entries: LogEntryDto[]; pagination: LogsPaginationDto };

/**
 * Totals of this size are kept for a while: counting a million entries costs a second, and a
 * client walking pages asks for the same total at every page. Smaller totals are counted each time.
 */
const CACHED_TOTAL = 10_000;
const TOTAL_TTL_MS = 30_000;
const EVENTS_SHOWN = 1000;

const badRequest = (message: string): DomainError => validationFailed([message]);

/**
 * GET /logs and GET /communication/*: TimePay's view of the attempts handed to providers (SPEC §9).
 * Logs may lag: the attempts' reads run on a replica (ReplicaReads); the catalogue's (campaigns,
 * names, the policy's zone) are small reads by key, left on the primary.
 */
/** `filters()` checks a `campaign_id` is the organization's (requireOwned): counts may scope by it alone. */
const OWNED = { campaignOwned: true };

@Injectable()
export class LogsService {
  private readonly totals = new LRUCache<string, number>({ max: 5000, ttl: TOTAL_TTL_MS });

  constructor(
    private readonly logs: LogReads,
    private readonly outcomes: OutcomeReads,
    private readonly campaigns: CampaignsService,
    private readonly policies: ContactPolicyService,
    private readonly dataSource: DataSource,
    private readonly replicaReads: ReplicaReads,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The organization's time zone: its contact policy's (SPEC §7), in which offset-less times are read. */
  private async zone(organizationId: string): Promise<string> {
    return (await this.policies.get(organizationId)).timezone;
  }

  private phone(value: string | undefined, name: string): string | undefined {
    if (value === undefined) return undefined;
    const e164 = toE164(value, this.config.defaultPhoneRegion);
    if (!e164) throw badRequest(`${name} must be a valid phone number`);
    return e164;
  }

  private async filters(organizationId: string, q: LogsQueryDto, zone: string): Promise<LogFilters> {
    const f: LogFilters = {};
    if (q.type) f.channel = q.type === 'call' ? 'calls' : 'sms';
    if (q.campaign_id) f.campaignId = (await this.campaigns.requireOwned(organizationId, q.campaign_id)).id;
    if (q.agent_id) f.agentId = q.agent_id;
    if (q.status === 'Pending') f.pending = true;
    else if (q.status) f.outcomeSets = [outcomesLabelled(q.status)];
    if (q.outcome === 'pending') f.pending = true;
    else if (q.outcome) f.outcome = q.outcome as Outcome;
    if (q.disposition) f.disposition = q.disposition.trim();
    f.phone = this.phone(q.phone, 'phone');
    f.fromPhone = this.phone(q.from_phone, 'from_phone');
    if (q.start_time !== undefined) {
      const bound = parseTimeBound(q.start_time, zone);
      if (!bound) throw badRequest('start_time must be an ISO 8601 date or date-time');
      f.from = bound.start;
    }
    if (q.end_time !== undefined) {
      const bound = parseTimeBound(q.end_time, zone);
      if (!bound) throw badRequest('end_time must be an ISO 8601 date or date-time');
      f.before = bound.next;
    }
    return f;
  }

  private async total(organizationId: string, filters: LogFilters, db: Db): Promise<number> {
    const key = `${organizationId}|${JSON.stringify(filters)}`;
    const cached = this.totals.get(key);
    if (cached !== undefined) return cached;
    const total = await this.logs.count(organizationId, filters, OWNED, db);
    if (total >= CACHED_TOTAL) this.totals.set(key, total);
    return total;
  }

  private async context(organizationId: string, rows: LogRow[], zone: string): Promise<EntryContext> {
    const unique = (values: string[]): string[] => [...new Set(values)];
    const campaigns = await this.campaigns.findMany(organizationId, unique(rows.map((r) => r.campaignId)));
    return {
      zone,
      campaigns: new Map(campaigns.map((c) => [c.id, c])),
      names: await customerNames(this.dataSource, organizationId, unique(rows.map((r) => r.customerRowId))),
      agents: await this.logs.agents(organizationId, unique(rows.map((r) => r.initiationId)), this.replicaReads),
    };
  }

  async list(organizationId: string, q: LogsQueryDto): Promise<LogsAnswer> {
    const zone = await this.zone(organizationId);
    const filters = await this.filters(organizationId, q, zone);
    if (q.count_only) {
      return { countOnly: true, total: await this.logs.count(organizationId, filters, OWNED, this.replicaReads) };
    }

    const perPage = q.per_page ?? 10;
    let page = q.page ?? 1;
    const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (cursor === null) throw badRequest('cursor is not a cursor of this list');
    if (cursor) page = cursor.page;
    // One more than a page: whether there is a next page, exactly, whatever the total says.
    // The page and its total from one server (a replica's, or the primary's), whatever their lags.
    const { rows, total } = await this.replicaReads.run(async (db) => ({
      rows: await this.logs.page(
        organizationId,
        filters,
        { limit: perPage + 1, ...(cursor ? { after: cursor } : { offset: (page - 1) * perPage }) },
        db,
      ),
      total: await this.total(organizationId, filters, db),
    }));
    const hasNext = rows.length > perPage;
    const shown = rows.slice(0, perPage);
    const ctx = await this.context(organizationId, shown, zone);
    const last = shown[shown.length - 1];
    return {
      countOnly: false,
      entries: shown.map((r) => toLogEntry(r, ctx)),
      pagination: {
        page,
        per_page: perPage,
        total,
        total_pages: Math.ceil(total / perPage),
        has_next: hasNext,
        has_prev: page > 1,
        next_cursor: hasNext && last ? encodeCursor({ at: last.initiatedAt, id: last.id, page: page + 1 }) : null,
      },
    };
  }

  /**
   * One entry with its history: GET /communication/call/:id and /sms/:id. Another channel's or
   * organization's → 404. On the primary: clients fetch an attempt right after its id reached them
   * (the initiate answer, an `attempt.outcome` webhook), which a replica might not have yet.
   */
  async one(organizationId: string, channel: Channel, attemptId: string): Promise<CommunicationDto> {
    const row = await this.logs.one(organizationId, attemptId, channel);
    if (!row) throw notFound(channel === 'calls' ? 'Call' : 'SMS');
    const zone = await this.zone(organizationId);
    const ctx = await this.context(organizationId, [row], zone);
    const { rows } = await this.outcomes.events(row.id, { offset: 0, limit: EVENTS_SHOWN });
    return { ...toLogEntry(row, ctx), events: rows.map((e, i) => toEventDto(e, i, zone)) };
  }
}
