import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Disposition } from './disposition.entity';
import { DispositionsController } from './dispositions.controller';
import { DispositionsService } from './dispositions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Disposition])],
  providers: [DispositionsService],
  exports: [DispositionsService],
})
export class DispositionsModule {}

/** The HTTP routes; mounted only in processes that serve the API (workers import DispositionsModule alone). */
@Module({ imports: [DispositionsModule], controllers: [DispositionsController] })
export class DispositionsHttpModule {}
