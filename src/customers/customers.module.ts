import { DynamicModule, Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { Customer } from './customer.entity';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Customer]), CampaignsModule],
  providers: [CustomersService],
  exports: [CustomersService],
})
export class CustomersModule {}

/**
 * The HTTP routes; mounted only in processes that serve the API (workers import CustomersModule
 * alone). `calls` is the module that provides CUSTOMER_CALLS (calls/): the app module hands it
 * in, so customers/ never imports the pipeline.
 */
@Module({})
export class CustomersHttpModule {
  static register(calls: Type): DynamicModule {
    return { module: CustomersHttpModule, imports: [CustomersModule, calls], controllers: [CustomersController] };
  }
}
