import { type DynamicModule, Module } from '@nestjs/common';
import { type OutreachClientOptions } from '@outreach-api/client';
import { OutreachClientModule } from '@outreach-api/client/nest';
import { ChaserService } from './chaser.service';
import { OutreachSettings, OutreachSettingsModule } from './outreach-settings';

/** The example service: ChaserService on an OutreachClient the module provides. */
@Module({})
export class ConsumerModule {
  /** The client's options given as they are. */
  static forRoot(options: OutreachClientOptions): DynamicModule {
    return {
      module: ConsumerModule,
      imports: [OutreachClientModule.forRoot(options)],
      providers: [ChaserService],
      exports: [ChaserService],
    };
  }

  /** The client's options from another provider (here the environment: OUTREACH_API_URL, OUTREACH_API_KEY). */
  static fromEnvironment(): DynamicModule {
    return {
      module: ConsumerModule,
      imports: [
        OutreachClientModule.forRootAsync({
          imports: [OutreachSettingsModule],
          inject: [OutreachSettings],
          useFactory: (settings: OutreachSettings) => ({ baseUrl: settings.baseUrl, apiKey: settings.apiKey }),
        }),
      ],
      providers: [ChaserService],
      exports: [ChaserService],
    };
  }
}
