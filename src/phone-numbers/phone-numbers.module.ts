import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PhoneNumber } from './phone-number.entity';
import { PhoneNumbersController } from './phone-numbers.controller';
import { PhoneNumbersService } from './phone-numbers.service';

@Module({
  imports: [TypeOrmModule.forFeature([PhoneNumber])],
  providers: [PhoneNumbersService],
  exports: [PhoneNumbersService],
})
export class PhoneNumbersModule {}

/** The HTTP routes; mounted only in processes that serve the API (workers import PhoneNumbersModule alone). */
@Module({ imports: [PhoneNumbersModule], controllers: [PhoneNumbersController] })
export class PhoneNumbersHttpModule {}
