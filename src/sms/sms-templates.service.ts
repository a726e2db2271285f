import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type QueryDeepPartialEntity } from 'typeorm';
import { notFound, validationFailed } from '../common/errors';
import { newId } from '../common/ids';
import type { CreateSmsTemplateDto, UpdateSmsTemplateDto } from './dto/sms-template.dto';
import { SmsTemplate } from './sms-template.entity';
import { parseTemplate } from './template-variables';

export interface SmsTemplateUpdate {
  template: SmsTemplate;
  updatedFields: string[];
}

/** The body's variables, or a validation error naming every bad placeholder. */
function variablesOf(body: string): string[] {
  const parsed = parseTemplate(body, 'body');
  if (parsed.errors.length > 0) throw validationFailed(parsed.errors);
  return parsed.variables;
}

@Injectable()
export class SmsTemplatesService {
  constructor(@InjectRepository(SmsTemplate) private readonly templates: Repository<SmsTemplate>) {}

  async create(organizationId: string, input: CreateSmsTemplateDto): Promise<SmsTemplate> {
    const variables = variablesOf(input.body);
    const id = newId('tmpl');
    await this.templates.insert({
      id,
      organizationId,
      name: input.name,
      body: input.body,
      senderId: input.senderId,
      dltTemplateId: input.dltTemplateId ?? null,
      language: input.language ?? null,
      variables,
    });
    return this.get(organizationId, id);
  }

  /** One page, in creation order, with the total count. */
  async list(organizationId: string, options: { offset: number; limit: number }): Promise<[SmsTemplate[], number]> {
    return this.templates.findAndCount({
      where: { organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: options.offset,
      take: options.limit,
    });
  }

  /** Another organization's template is reported as unknown. */
  async get(organizationId: string, id: string): Promise<SmsTemplate> {
    const template = await this.templates.findOneBy({ id, organizationId });
    if (!template) throw notFound('Template');
    return template;
  }

  /** A new body brings its variables with it. */
  async update(organizationId: string, id: string, input: UpdateSmsTemplateDto): Promise<SmsTemplateUpdate> {
    const changes: QueryDeepPartialEntity<SmsTemplate> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.body !== undefined) changes.body = input.body;
    if (input.senderId !== undefined) changes.senderId = input.senderId;
    if (input.dltTemplateId !== undefined) changes.dltTemplateId = input.dltTemplateId;
    if (input.language !== undefined) changes.language = input.language;
    const updatedFields = Object.keys(changes);
    if (updatedFields.length === 0) throw validationFailed(['At least one field must be given']);
    if (input.body !== undefined) changes.variables = variablesOf(input.body);

    await this.templates.update({ id, organizationId }, changes);
    return { template: await this.get(organizationId, id), updatedFields };
  }

  async remove(organizationId: string, id: string): Promise<void> {
    const result = await this.templates.delete({ id, organizationId });
    if (!result.affected) throw notFound('Template');
  }
}
