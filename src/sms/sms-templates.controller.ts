import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, CurrentOrg } from '../common/auth/auth.decorators';
import { ApiEnvelope } from '../common/api-docs';
import { ok, page, SuccessEnvelope } from '../common/envelope';
import { PageQueryDto, PAGINATION_EXAMPLE } from '../common/pagination.dto';
import {
  SmsTemplateEnvelopeDto,
  SmsTemplatePageDto,
  SmsTemplateResponseDto,
  toSmsTemplateResponse,
} from './dto/sms-template-response.dto';
import { CreateSmsTemplateDto, UpdateSmsTemplateDto } from './dto/sms-template.dto';
import { SmsTemplatesService } from './sms-templates.service';

const TEMPLATE = {
  id: 'tmpl_hfu7VL6sBhI6NPmQx2Lk',
  name: 'EMI due reminder',
  body: 'Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. -TMPPAY',
  senderId: 'TMPPAY',
  dltTemplateId: '1107161234567890123',
  language: 'english',
  variables: ['first_name', 'emi_amount', 'emi_due_date'],
  createdAt: '2026-03-02T06:30:00.000Z',
  updatedAt: '2026-03-02T06:30:00.000Z',
};
const NOT_FOUND = {
  description: 'Unknown template, or one of another organization',
  example: { success: false, message: 'Template not found' },
};
const invalid = (...errors: string[]) => ({ example: { success: false, message: 'Validation failed', errors } });

type Updated = SuccessEnvelope<SmsTemplateResponseDto> & { updatedFields: string[] };

@ApiTags('SMS templates')
@Auth()
@Controller('sms/templates')
export class SmsTemplatesController {
  constructor(private readonly templates: SmsTemplatesService) {}

  @Post()
  @ApiOperation({ summary: 'Create an SMS template; its variables are read from the body' })
  @ApiCreatedResponse({
    type: SmsTemplateEnvelopeDto,
    example: { success: true, message: 'Template created successfully', data: TEMPLATE },
  })
  @ApiBadRequestResponse(
    invalid('senderId must be 1 to 11 letters or digits', 'body has an invalid placeholder: {{first name}}'),
  )
  async create(
    @CurrentOrg() orgId: string,
    @Body() body: CreateSmsTemplateDto,
  ): Promise<SuccessEnvelope<SmsTemplateResponseDto>> {
    return ok(toSmsTemplateResponse(await this.templates.create(orgId, body)), 'Template created successfully');
  }

  @Get()
  @ApiOperation({ summary: "List the organization's SMS templates, in creation order" })
  @ApiOkResponse({
    type: SmsTemplatePageDto,
    example: { success: true, data: [TEMPLATE], pagination: PAGINATION_EXAMPLE },
  })
  @ApiBadRequestResponse(invalid('limit must not be greater than 100'))
  async list(
    @CurrentOrg() orgId: string,
    @Query() query: PageQueryDto,
  ): Promise<SuccessEnvelope<SmsTemplateResponseDto[]>> {
    const [templates, total] = await this.templates.list(orgId, { offset: query.offset, limit: query.limit });
    return page(templates.map(toSmsTemplateResponse), query, total);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one SMS template' })
  @ApiOkResponse({ type: SmsTemplateEnvelopeDto, example: { success: true, data: TEMPLATE } })
  @ApiNotFoundResponse(NOT_FOUND)
  async get(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<SmsTemplateResponseDto>> {
    return ok(toSmsTemplateResponse(await this.templates.get(orgId, id)));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Update some fields of an SMS template; a new body brings new variables' })
  @ApiOkResponse({
    type: SmsTemplateEnvelopeDto,
    example: {
      success: true,
      message: 'Template updated successfully',
      updatedFields: ['body'],
      data: { ...TEMPLATE, body: 'Hi {{ first_name }}, pay today. -TMPPAY', variables: ['first_name'] },
    },
  })
  @ApiBadRequestResponse(invalid('At least one field must be given'))
  @ApiNotFoundResponse(NOT_FOUND)
  async update(
    @CurrentOrg() orgId: string,
    @Param('id') id: string,
    @Body() body: UpdateSmsTemplateDto,
  ): Promise<Updated> {
    const { template, updatedFields } = await this.templates.update(orgId, id, body);
    return {
      success: true,
      message: 'Template updated successfully',
      updatedFields,
      data: toSmsTemplateResponse(template),
    };
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete an SMS template' })
  @ApiEnvelope({ message: 'required', example: { success: true, message: 'Template deleted successfully' } })
  @ApiNotFoundResponse(NOT_FOUND)
  async remove(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<never>> {
    await this.templates.remove(orgId, id);
    return { success: true, message: 'Template deleted successfully' };
  }
}
