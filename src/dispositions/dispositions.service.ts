import { conflictOn } from '../database/unique';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type QueryDeepPartialEntity } from 'typeorm';
import { notFound, validationFailed } from '../common/errors';
import { newId } from '../common/ids';
import { Disposition } from './disposition.entity';
import type { CreateDispositionDto, UpdateDispositionDto } from './dto/disposition.dto';

export const DEFAULT_PRIORITY = 500;
const NAME_INDEX = 'uq_dispositions_org_name';

export interface DispositionUpdate {
  disposition: Disposition;
  updatedFields: string[];
}

@Injectable()
export class DispositionsService {
  constructor(@InjectRepository(Disposition) private readonly dispositions: Repository<Disposition>) {}

  async create(organizationId: string, input: CreateDispositionDto): Promise<Disposition> {
    const id = newId('disp');
    await conflictOn(
      NAME_INDEX,
      'Disposition with this name already exists',
      this.dispositions.insert({
        id,
        organizationId,
        name: input.name,
        description: input.description ?? null,
        priority: input.priority ?? DEFAULT_PRIORITY,
      }),
    );
    return this.get(organizationId, id);
  }

  /** One page, in creation order, with the total count. */
  async list(organizationId: string, options: { offset: number; limit: number }): Promise<[Disposition[], number]> {
    return this.dispositions.findAndCount({
      where: { organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: options.offset,
      take: options.limit,
    });
  }

  /** Another organization's disposition is reported as unknown. */
  async get(organizationId: string, id: string): Promise<Disposition> {
    const disposition = await this.dispositions.findOneBy({ id, organizationId });
    if (!disposition) throw notFound('Disposition');
    return disposition;
  }

  /**
   * The organization's dispositions that `texts` name, by id or by name (names compare
   * case-insensitively; an id wins over a name), keyed by the text as given. A text that names
   * none is absent from the map.
   */
  async resolve(organizationId: string, texts: string[]): Promise<Map<string, { id: string; name: string }>> {
    const wanted = [...new Set(texts)];
    if (wanted.length === 0) return new Map();
    const lower = [...new Set(wanted.map((t) => t.toLowerCase()))];
    const rows = await this.dispositions
      .createQueryBuilder('d')
      .select(['d.id', 'd.name'])
      .where('d.organizationId = :organizationId', { organizationId })
      .andWhere('(d.id IN (:...ids) OR LOWER(d.name) IN (:...names))', { ids: wanted, names: lower })
      .getMany();
    const byId = new Map(rows.map((d) => [d.id, d]));
    const byName = new Map(rows.map((d) => [d.name.toLowerCase(), d]));
    const found = new Map<string, { id: string; name: string }>();
    for (const text of wanted) {
      const match = byId.get(text) ?? byName.get(text.toLowerCase());
      if (match) found.set(text, { id: match.id, name: match.name });
    }
    return found;
  }

  async update(organizationId: string, id: string, input: UpdateDispositionDto): Promise<DispositionUpdate> {
    const changes: QueryDeepPartialEntity<Disposition> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.description !== undefined) changes.description = input.description;
    if (input.priority !== undefined) changes.priority = input.priority;
    const updatedFields = Object.keys(changes);
    if (updatedFields.length === 0) throw validationFailed(['At least one field must be given']);

    await conflictOn(
      NAME_INDEX,
      'Disposition with this name already exists',
      this.dispositions.update({ id, organizationId }, changes),
    );
    return { disposition: await this.get(organizationId, id), updatedFields };
  }

  async remove(organizationId: string, id: string): Promise<void> {
    const result = await this.dispositions.delete({ id, organizationId });
    if (!result.affected) throw notFound('Disposition');
  }
}
