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
