import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Agent } from './agent.entity';
import { AgentsController } from './agents.controller';
import { AgentsService } from './agents.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agent])],
  providers: [AgentsService],
  exports: [AgentsService],
})
export class AgentsModule {}

/** The HTTP routes; mounted only in processes that serve the API (workers import AgentsModule alone). */
@Module({ imports: [AgentsModule], controllers: [AgentsController] })
export class AgentsHttpModule {}
