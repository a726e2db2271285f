import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { notFound, validationFailed } from '../common/errors';
import { toE164 } from '../common/phone';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DncChannel, DoNotContact } from './do-not-contact.entity';

export interface DncEntry {
  phone: string;
  channel: DncChannel;
  reason?: string | null;
}

const CHUNK = 1000;

/** The organization's do-not-contact list, in E.164, per channel. */
@Injectable()
export class DoNotContactService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A number as stored, or undefined when it cannot be read. */
  normalise(phone: string): string | undefined {
    return toE164(phone, this.config.defaultPhoneRegion);
  }

  /**
   * Adds the entries, all or nothing: one unreadable number rejects the request. An entry already
   * listed keeps its place and takes the new reason.
   */
  async add(organizationId: string, entries: DncEntry[]): Promise<{ added: number; updated: number }> {
    const problems: string[] = [];
    const rows = entries.map((e, i) => {
      const phone = this.normalise(e.phone);
      if (!phone) problems.push(`entries[${i}].phone is not a valid phone number`);
      return [organizationId, phone, e.channel, e.reason ?? null];
    });
    if (problems.length > 0) throw validationFailed(problems.slice(0, 100));
    const unique = new Map(rows.map((r) => [`${String(r[1])} ${String(r[2])}`, r]));
    const all = [...unique.values()];
    const count = async (manager: EntityManager): Promise<number> => {
      const [row] = await manager.query<Array<{ n: string }>>(
        'SELECT COUNT(*) AS n FROM do_not_contact WHERE organization_id = ?',
        [organizationId],
      );
      return Number(row.n);
    };
    const added = await this.dataSource.transaction(async (manager) => {
      const before = await count(manager);
      for (let i = 0; i < all.length; i += CHUNK) {
        await manager.query(
          'INSERT INTO do_not_contact (organization_id, phone, channel, reason) VALUES ? ' +
            'ON DUPLICATE KEY UPDATE reason = VALUES(reason)',
          [all.slice(i, i + CHUNK)],
        );
      }
      return (await count(manager)) - before;
    });
    return { added, updated: all.length - added };
  }

  async list(
    organizationId: string,
    query: { offset: number; limit: number; phone?: string; channel?: DncChannel },
  ): Promise<[DoNotContact[], number]> {
    const where: FindOptionsWhere<DoNotContact> = { organizationId };
    if (query.phone !== undefined) {
      const phone = this.normalise(query.phone);
      if (!phone) throw validationFailed(['phone is not a valid phone number']);
      where.phone = phone;
    }
    if (query.channel) where.channel = query.channel;
    return this.dataSource.getRepository(DoNotContact).findAndCount({
      where,
      order: { createdAt: 'DESC', phone: 'ASC', channel: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
  }

  /** Removes the number's entries (of one channel, or all of them); returns how many. */
  async remove(organizationId: string, phone: string, channel?: DncChannel): Promise<number> {
    const normalised = this.normalise(phone);
    if (!normalised) throw validationFailed(['phone is not a valid phone number']);
    const result = await this.dataSource
      .getRepository(DoNotContact)
      .delete(channel ? { organizationId, phone: normalised, channel } : { organizationId, phone: normalised });
    if (!result.affected) throw notFound('Do-not-contact entry');
    return result.affected;
  }
}
