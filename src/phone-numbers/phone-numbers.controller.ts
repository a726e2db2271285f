import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, CurrentOrg } from '../common/auth/auth.decorators';
import { ApiEnvelope } from '../common/api-docs';
import { ok, page, SuccessEnvelope } from '../common/envelope';
import { PAGINATION_EXAMPLE } from '../common/pagination.dto';
import {
  PhoneNumberEnvelopeDto,
  PhoneNumberPageDto,
  PhoneNumberResponseDto,
  toPhoneNumberResponse,
} from './dto/phone-number-response.dto';
import { CreatePhoneNumberDto, PhoneNumberListQueryDto, UpdatePhoneNumberDto } from './dto/phone-number.dto';
import { PhoneNumbersService } from './phone-numbers.service';

const PHONE_NUMBER = {
  id: 'num_7hGt2Lp9Qx4Vz1Rk8Ws3',
  number: '+919876543210',
  label: 'Mumbai outbound 1',
  active: true,
  capabilities: ['voice', 'sms'],
  createdAt: '2026-03-02T06:30:00.000Z',
  updatedAt: '2026-03-02T06:30:00.000Z',
};
const NOT_FOUND = {
  description: 'Unknown phone number, or one of another organization',
  example: { success: false, message: 'Phone number not found' },
};
const CONFLICT = {
  description: 'The organization already has this number (compared in E.164)',
  example: { success: false, message: 'Phone number already exists' },
};
const invalid = (...errors: string[]) => ({ example: { success: false, message: 'Validation failed', errors } });

type Updated = SuccessEnvelope<PhoneNumberResponseDto> & { updatedFields: string[] };

@ApiTags('Phone numbers')
@Auth()
@Controller('phone-numbers')
export class PhoneNumbersController {
  constructor(private readonly numbers: PhoneNumbersService) {}

  @Post()
  @ApiOperation({ summary: 'Add an outgoing phone number (stored in E.164)' })
  @ApiCreatedResponse({
    type: PhoneNumberEnvelopeDto,
    example: { success: true, message: 'Phone number created successfully', data: PHONE_NUMBER },
  })
  @ApiBadRequestResponse(invalid('number is not a valid phone number'))
  @ApiConflictResponse(CONFLICT)
  async create(
    @CurrentOrg() orgId: string,
    @Body() body: CreatePhoneNumberDto,
  ): Promise<SuccessEnvelope<PhoneNumberResponseDto>> {
    return ok(toPhoneNumberResponse(await this.numbers.create(orgId, body)), 'Phone number created successfully');
  }

  @Get()
  @ApiOperation({ summary: "List the organization's phone numbers, in creation order" })
  @ApiOkResponse({
    type: PhoneNumberPageDto,
    example: { success: true, data: [PHONE_NUMBER], pagination: PAGINATION_EXAMPLE },
  })
  @ApiBadRequestResponse(invalid('active must be true or false', 'capability must be one of: voice, sms'))
  async list(
    @CurrentOrg() orgId: string,
    @Query() query: PhoneNumberListQueryDto,
  ): Promise<SuccessEnvelope<PhoneNumberResponseDto[]>> {
    const [numbers, total] = await this.numbers.list(orgId, {
      offset: query.offset,
      limit: query.limit,
      active: query.active,
      capability: query.capability,
    });
    return page(numbers.map(toPhoneNumberResponse), query, total);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one phone number' })
  @ApiOkResponse({ type: PhoneNumberEnvelopeDto, example: { success: true, data: PHONE_NUMBER } })
  @ApiNotFoundResponse(NOT_FOUND)
  async get(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<PhoneNumberResponseDto>> {
    return ok(toPhoneNumberResponse(await this.numbers.get(orgId, id)));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Update some fields of a phone number' })
  @ApiOkResponse({
    type: PhoneNumberEnvelopeDto,
    example: {
      success: true,
      message: 'Phone number updated successfully',
      updatedFields: ['active'],
      data: { ...PHONE_NUMBER, active: false },
    },
  })
  @ApiBadRequestResponse(invalid('At least one field must be given'))
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(CONFLICT)
  async update(
    @CurrentOrg() orgId: string,
    @Param('id') id: string,
    @Body() body: UpdatePhoneNumberDto,
  ): Promise<Updated> {
    const { phoneNumber, updatedFields } = await this.numbers.update(orgId, id, body);
    return {
      success: true,
      message: 'Phone number updated successfully',
      updatedFields,
      data: toPhoneNumberResponse(phoneNumber),
    };
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a phone number' })
  @ApiEnvelope({ message: 'required', example: { success: true, message: 'Phone number deleted successfully' } })
  @ApiNotFoundResponse(NOT_FOUND)
  async remove(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<never>> {
    await this.numbers.remove(orgId, id);
    return { success: true, message: 'Phone number deleted successfully' };
  }
}
