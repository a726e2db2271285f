import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source';
import { prepareDatabase } from '../../src/database/prepare';

/**
 * A benchmark's own database (created and migrated if missing) with one organization and one
 * campaign, and whether the campaign already holds `size` customers (then a re-run reuses them).
 * Writes go straight through the data source, not the API.
 */
export async function directCampaign(
  dbName: string,
  orgId: string,
  campaignId: string,
  size: number,
): Promise<{ ds: DataSource; loaded: boolean }> {
  const { config } = await prepareDatabase(loadConfig({ ...process.env, DB_NAME: dbName, LOG_LEVEL: 'silent' }));
  const ds = new DataSource(dataSourceOptions(config));
  await ds.initialize();
  await ds.query('INSERT IGNORE INTO organizations (id, name) VALUES (?, ?)', [orgId, 'Bench']);
  const [{ n }] = await ds.query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM customers WHERE campaign_id = ?', [
    campaignId,
  ]);
  if (Number(n) === size) return { ds, loaded: true };
  await ds.query('DELETE FROM campaigns WHERE id = ?', [campaignId]);
  await ds.query(
    "INSERT INTO campaigns (id, organization_id, name, description, campaign_type, start_date, start_time, end_date, end_time, languages, region, tags, timezone) VALUES (?, ?, 'bench', '', 'emi', '2025-08-01', '09:00', '2025-08-31', '18:00', '[]', 'west', '[]', 'Asia/Kolkata')",
    [campaignId, orgId],
  );
  return { ds, loaded: false };
}
