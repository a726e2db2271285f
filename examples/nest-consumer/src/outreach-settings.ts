import { Injectable, Module } from '@nestjs/common';

/**
 * Where this service finds the Outreach API, read from its environment: what
 * `OutreachClientModule.forRootAsync` is given in a real app (often a ConfigService instead).
 */
@Injectable()
export class OutreachSettings {
  readonly baseUrl = required('OUTREACH_API_URL');
  readonly apiKey = required('OUTREACH_API_KEY');
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

@Module({ providers: [OutreachSettings], exports: [OutreachSettings] })
export class OutreachSettingsModule {}
