import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConsumerModule } from './app.module';
import { ChaserService } from './chaser.service';

/**
 * `OUTREACH_API_URL=… OUTREACH_API_KEY=… node dist/main.js <campaignId> sms <templateId>`
 * or `… <campaignId> calls <agentId> <dispositionId>`: one initiation, waited for, summarized.
 */
async function main(): Promise<void> {
  const [campaignId, channel, first, second] = process.argv.slice(2);
  if (!campaignId || (channel === 'sms' ? !first : channel !== 'calls' || !first || !second)) {
    throw new Error('usage: main.js <campaignId> sms <templateId> | <campaignId> calls <agentId> <dispositionId>');
  }
  const app = await NestFactory.createApplicationContext(ConsumerModule.fromEnvironment());
  try {
    const result = await app
      .get(ChaserService)
      .chase(
        campaignId,
        channel === 'sms' ? { sms: { templateId: first } } : { calls: { agentId: first, dispositionId: second } },
      );
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
