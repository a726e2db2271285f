import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { CAMPAIGN_MISMATCH, DomainError, notFound, validationFailed } from '../common/errors';
import { newId } from '../common/ids';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { parseCustomerRecord } from '../customers/customer-record';
import type { CustomerRecord } from '../customers/customer-record';
import { upsertCustomers } from '../customers/customer-writer';
import { ContactPolicyService, plainPatch } from '../contact-policy/contact-policy.service';
import { mergePolicy } from '../contact-policy/policy';
import { Campaign, idFieldOf } from './campaign.entity';
import type { CreateCampaignDto, ListCampaignsQueryDto, UpdateCampaignDto } from './dto/campaign.dto';
import { transactionWithRetry } from '../database/retry';

const UPDATABLE = [
  'name',
  'description',
  'campaignType',
  'status',
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'languages',
  'region',
  'tags',
  'timezone',
] as const;

function checkSchedule(c: Pick<Campaign, 'startDate' | 'startTime' | 'endDate' | 'endTime'>): void {
  if (`${c.endDate} ${c.endTime}` < `${c.startDate} ${c.startTime}`) {
    throw validationFailed(['endDate and endTime must not be before startDate and startTime']);
  }
}

/** `%` and `_` in a search are literal. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

@Injectable()
export class CampaignsService {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    private readonly dataSource: DataSource,
    private readonly policies: ContactPolicyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The campaign, if it belongs to the organization. Unknown → 404; another organization's → 403
   * with the message existing clients expect (SPEC §2).
   */
  async requireOwned(organizationId: string, campaignId: string): Promise<Campaign> {
    const campaign = await this.campaigns.findOneBy({ id: campaignId });
    if (!campaign) throw notFound('Campaign');
    if (campaign.organizationId !== organizationId) throw new DomainError('FORBIDDEN', CAMPAIGN_MISMATCH);
    return campaign;
  }

  /** Some of the organization's campaigns by id (a logs page's); another organization's are left out. */
  async findMany(organizationId: string, ids: string[]): Promise<Campaign[]> {
    return ids.length === 0 ? [] : this.campaigns.findBy({ organizationId, id: In(ids) });
  }

  /** Creates the campaign and its `jsonData` customers in one transaction: all or nothing. */
  async create(organizationId: string, dto: CreateCampaignDto): Promise<{ campaign: Campaign; customers: number }> {
    checkSchedule(dto);
    const idField = idFieldOf(dto.campaignType);
    const records: CustomerRecord[] = [];
    const problems: string[] = [];
    (dto.jsonData ?? []).forEach((raw, index) => {
      const parsed = parseCustomerRecord(raw, { idField, region: this.config.defaultPhoneRegion });
      if (parsed.ok) records.push(parsed.record);
      else problems.push(`jsonData[${index}]: ${parsed.reason}`);
    });
    if (problems.length > 0) throw validationFailed(problems.slice(0, 100));

    const id = newId('camp');
    await transactionWithRetry(this.dataSource, async (manager) => {
      await manager.insert(Campaign, {
        id,
        organizationId,
        name: dto.name,
        description: dto.description,
        campaignType: dto.campaignType,
        status: 'active',
        startDate: dto.startDate,
        startTime: dto.startTime,
        endDate: dto.endDate,
        endTime: dto.endTime,
        languages: dto.languages,
        region: dto.region,
        tags: dto.tags ?? [],
        timezone: dto.timezone ?? (await this.policies.get(organizationId)).timezone,
        contactPolicy: dto.contactPolicy ? plainPatch(dto.contactPolicy) : null,
      });
      if (records.length > 0) await upsertCustomers(manager, { organizationId, campaignId: id }, records);
    });
    const campaign = await this.campaigns.findOneByOrFail({ id });
    return { campaign, customers: new Set(records.map((r) => r.externalId)).size };
  }

  async list(organizationId: string, query: ListCampaignsQueryDto): Promise<[Campaign[], number]> {
    const qb = this.campaigns
      .createQueryBuilder('c')
      .where('c.organization_id = :organizationId', { organizationId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip(query.offset)
      .take(query.limit);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.campaign_type) qb.andWhere('c.campaign_type = :type', { type: query.campaign_type });
    if (query.search) qb.andWhere('c.name LIKE :search', { search: likePattern(query.search) });
    return qb.getManyAndCount();
  }

  async get(organizationId: string, campaignId: string): Promise<{ campaign: Campaign; customerCount: number }> {
    const campaign = await this.requireOwned(organizationId, campaignId);
    return { campaign, customerCount: await this.customerCount(campaign.id) };
  }

  /** Partial update; returns the fields given. */
  async update(
    organizationId: string,
    campaignId: string,
    dto: UpdateCampaignDto,
  ): Promise<{ campaign: Campaign; updatedFields: string[] }> {
    const campaign = await this.requireOwned(organizationId, campaignId);
    const changes: Partial<Pick<Campaign, (typeof UPDATABLE)[number] | 'contactPolicy'>> = {};
    const updatedFields: string[] = [];
    const nulls = UPDATABLE.filter((field) => dto[field] === null);
    if (nulls.length > 0) throw validationFailed(nulls.map((field) => `${field} must not be null`));
    for (const field of UPDATABLE) {
      if (dto[field] !== undefined) {
        Object.assign(changes, { [field]: dto[field] });
        updatedFields.push(field);
      }
    }
    if (dto.contactPolicy !== undefined) {
      changes.contactPolicy =
        dto.contactPolicy === null ? null : mergePolicy(campaign.contactPolicy ?? {}, plainPatch(dto.contactPolicy));
      updatedFields.push('contactPolicy');
    }
    if (updatedFields.length === 0) throw validationFailed(['At least one field must be given']);
    if (changes.campaignType && idFieldOf(changes.campaignType) !== idFieldOf(campaign.campaignType)) {
      if ((await this.customerCount(campaign.id)) > 0)
        throw validationFailed(['campaignType cannot switch between lead and loan campaigns once customers are added']);
    }
    checkSchedule({ ...campaign, ...changes });
    await this.campaigns.update({ id: campaign.id, organizationId }, changes);
    return { campaign: await this.campaigns.findOneByOrFail({ id: campaign.id }), updatedFields };
  }

  private async customerCount(campaignId: string): Promise<number> {
    const rows = await this.dataSource.query<Array<{ n: string }>>(
      'SELECT COUNT(*) AS n FROM customers WHERE campaign_id = ?',
      [campaignId],
    );
    return Number(rows[0].n);
  }

  /** Deletes the campaign; its customers go with it (foreign keys cascade). */
  async remove(organizationId: string, campaignId: string): Promise<void> {
    const campaign = await this.requireOwned(organizationId, campaignId);
    await this.campaigns.delete({ id: campaign.id, organizationId });
  }
}
