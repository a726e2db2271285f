import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Disposition } from './disposition.entity';
import { DispositionsController } from './dispositions.controller';
import { DispositionsService } from './dispositions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Disposition])],
  controllers: [DispositionsController],
  providers: [DispositionsService],
  exports: [DispositionsService],
})
export class DispositionsModule {}
