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
import { PageQueryDto, PAGINATION_EXAMPLE } from '../common/pagination.dto';
import { DispositionsService } from './dispositions.service';
import {
  DispositionEnvelopeDto,
  DispositionPageDto,
  DispositionResponseDto,
  toDispositionResponse,
} from './dto/disposition-response.dto';
import { CreateDispositionDto, UpdateDispositionDto } from './dto/disposition.dto';

const DISPOSITION = {
  id: 'disp_9fLw2Qx7Rt1Zp0Vn3Hs8',
  name: 'Promise to pay',
  description: 'Customer committed to a payment date',
  priority: 700,
  createdAt: '2026-03-02T06:30:00.000Z',
  updatedAt: '2026-03-02T06:30:00.000Z',
};
const NOT_FOUND = {
  description: 'Unknown disposition, or one of another organization',
  example: { success: false, message: 'Disposition not found' },
};
const CONFLICT = {
  description: 'The organization already has a disposition of this name (case-insensitive)',
  example: { success: false, message: 'Disposition with this name already exists' },
};
const invalid = (...errors: string[]) => ({ example: { success: false, message: 'Validation failed', errors } });

type Updated = SuccessEnvelope<DispositionResponseDto> & { updatedFields: string[] };

@ApiTags('Dispositions')
@Auth()
@Controller('dispositions')
export class DispositionsController {
  constructor(private readonly dispositions: DispositionsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a call disposition' })
  @ApiCreatedResponse({
    type: DispositionEnvelopeDto,
    example: { success: true, message: 'Disposition created successfully', data: DISPOSITION },
  })
  @ApiBadRequestResponse(invalid('name is required', 'priority must not be greater than 1000'))
  @ApiConflictResponse(CONFLICT)
  async create(
    @CurrentOrg() orgId: string,
    @Body() body: CreateDispositionDto,
  ): Promise<SuccessEnvelope<DispositionResponseDto>> {
    const disposition = await this.dispositions.create(orgId, body);
    return ok(toDispositionResponse(disposition), 'Disposition created successfully');
  }

  @Get()
  @ApiOperation({ summary: "List the organization's dispositions, in creation order" })
  @ApiOkResponse({
    type: DispositionPageDto,
    example: { success: true, data: [DISPOSITION], pagination: PAGINATION_EXAMPLE },
  })
  @ApiBadRequestResponse(invalid('limit must not be greater than 100'))
  async list(
    @CurrentOrg() orgId: string,
    @Query() query: PageQueryDto,
  ): Promise<SuccessEnvelope<DispositionResponseDto[]>> {
    const [dispositions, total] = await this.dispositions.list(orgId, { offset: query.offset, limit: query.limit });
    return page(dispositions.map(toDispositionResponse), query, total);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one disposition' })
  @ApiOkResponse({ type: DispositionEnvelopeDto, example: { success: true, data: DISPOSITION } })
  @ApiNotFoundResponse(NOT_FOUND)
  async get(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<DispositionResponseDto>> {
    return ok(toDispositionResponse(await this.dispositions.get(orgId, id)));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Update some fields of a disposition' })
  @ApiOkResponse({
    type: DispositionEnvelopeDto,
    example: {
      success: true,
      message: 'Disposition updated successfully',
      updatedFields: ['priority'],
      data: { ...DISPOSITION, priority: 900 },
    },
  })
  @ApiBadRequestResponse(invalid('At least one field must be given'))
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(CONFLICT)
  async update(
    @CurrentOrg() orgId: string,
    @Param('id') id: string,
    @Body() body: UpdateDispositionDto,
  ): Promise<Updated> {
    const { disposition, updatedFields } = await this.dispositions.update(orgId, id, body);
    return {
      success: true,
      message: 'Disposition updated successfully',
      updatedFields,
      data: toDispositionResponse(disposition),
    };
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a disposition' })
  @ApiEnvelope({ message: 'required', example: { success: true, message: 'Disposition deleted successfully' } })
  @ApiNotFoundResponse(NOT_FOUND)
  async remove(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<never>> {
    await this.dispositions.remove(orgId, id);
    return { success: true, message: 'Disposition deleted successfully' };
  }
}
