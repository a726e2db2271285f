import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { InitiationsModule } from '../initiations/initiations.module';
import { Customer } from './customer.entity';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Customer]), CampaignsModule],
  providers: [CustomersService],
  exports: [CustomersService],
})
export class CustomersModule {}

/** The HTTP routes; mounted only in processes that serve the API (workers import CustomersModule alone). */
@Module({ imports: [CustomersModule, InitiationsModule], controllers: [CustomersController] })
export class CustomersHttpModule {}
