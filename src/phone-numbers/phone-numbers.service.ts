import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type FindOptionsWhere, type QueryDeepPartialEntity } from 'typeorm';
import { notFound, validationFailed } from '../common/errors';
import { newId } from '../common/ids';
import { toE164 } from '../common/phone';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { conflictOn } from '../database/unique';
import type { CreatePhoneNumberDto, UpdatePhoneNumberDto } from './dto/phone-number.dto';
import { CAPABILITIES, PhoneNumber, type Capability } from './phone-number.entity';

const NUMBER_INDEX = 'uq_phone_numbers_org_number';

export interface PhoneNumberListOptions {
  offset: number;
  limit: number;
  active?: boolean;
  capability?: Capability;
}

export interface PhoneNumberUpdate {
  phoneNumber: PhoneNumber;
  updatedFields: string[];
}

/** The entity keeps one boolean column per capability. */
const capabilityColumns = (capabilities: readonly Capability[]): Record<Capability, boolean> => ({
  voice: capabilities.includes('voice'),
  sms: capabilities.includes('sms'),
});

@Injectable()
export class PhoneNumbersService {
  constructor(
    @InjectRepository(PhoneNumber) private readonly numbers: Repository<PhoneNumber>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(organizationId: string, input: CreatePhoneNumberDto): Promise<PhoneNumber> {
    const id = newId('num');
    await conflictOn(
      NUMBER_INDEX,
      'Phone number already exists',
      this.numbers.insert({
        id,
        organizationId,
        number: this.normalise(input.number),
        label: input.label ?? null,
        active: input.active ?? true,
        ...capabilityColumns(input.capabilities ?? CAPABILITIES),
      }),
    );
    return this.get(organizationId, id);
  }

  /** One page, in creation order, with the total count. */
  async list(organizationId: string, options: PhoneNumberListOptions): Promise<[PhoneNumber[], number]> {
    const where: FindOptionsWhere<PhoneNumber> = { organizationId };
    if (options.active !== undefined) where.active = options.active;
    if (options.capability !== undefined) where[options.capability] = true;
    return this.numbers.findAndCount({
      where,
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: options.offset,
      take: options.limit,
    });
  }

  /** Another organization's number is reported as unknown. */
  async get(organizationId: string, id: string): Promise<PhoneNumber> {
    const phoneNumber = await this.numbers.findOneBy({ id, organizationId });
    if (!phoneNumber) throw notFound('Phone number');
    return phoneNumber;
  }

  async update(organizationId: string, id: string, input: UpdatePhoneNumberDto): Promise<PhoneNumberUpdate> {
    const changes: QueryDeepPartialEntity<PhoneNumber> = {};
    const updatedFields: string[] = [];
    if (input.number !== undefined) {
      changes.number = this.normalise(input.number);
      updatedFields.push('number');
    }
    if (input.label !== undefined) {
      changes.label = input.label;
      updatedFields.push('label');
    }
    if (input.active !== undefined) {
      changes.active = input.active;
      updatedFields.push('active');
    }
    if (input.capabilities !== undefined) {
      Object.assign(changes, capabilityColumns(input.capabilities));
      updatedFields.push('capabilities');
    }
    if (updatedFields.length === 0) throw validationFailed(['At least one field must be given']);

    await conflictOn(NUMBER_INDEX, 'Phone number already exists', this.numbers.update({ id, organizationId }, changes));
    return { phoneNumber: await this.get(organizationId, id), updatedFields };
  }

  async remove(organizationId: string, id: string): Promise<void> {
    const result = await this.numbers.delete({ id, organizationId });
    if (!result.affected) throw notFound('Phone number');
  }

  /** The E.164 numbers calls may go out from: active, with voice, in creation order. */
  async activeVoiceNumbers(organizationId: string): Promise<string[]> {
    const rows = await this.numbers.find({
      select: { id: true, number: true },
      where: { organizationId, active: true, voice: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => row.number);
  }

  private normalise(number: string): string {
    const e164 = toE164(number, this.config.defaultPhoneRegion);
    if (!e164) throw validationFailed(['number is not a valid phone number']);
    return e164;
  }
}
