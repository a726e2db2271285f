import { DataSource } from 'typeorm';
import { languageKey } from '../../src/customers/customer-writer';
import { dataSourceOptions } from '../../src/database/data-source';
import { MIGRATIONS } from '../../src/database/migrations';
import { LanguageKey1796410394433 } from '../../src/database/migrations/1796410394433-LanguageKey';
import { ensureDatabase } from '../../src/database/prepare';
import { testConfig } from '../support/env';

/**
 * Customers written before LanguageKey get the key the writer gives new ones: the database's
 * LOWER() for most, JavaScript's toLowerCase() where the two differ (İ, letters outside the BMP).
 */
describe('migration LanguageKey on existing customers', () => {
  const config = testConfig({ DB_NAME: `${process.env.OUTREACH_TEST_DB}_lang` });
  let ds: DataSource;
  const LANGUAGES = [
    'hindi',
    'Hindi',
    'HINDI',
    'hindi\u200b',
    'hindi ',
    'Español',
    'espanol',
    'İstanbul',
    '𐐀x',
    'ΣΊΣΥΦΟΣ',
  ];

  beforeAll(async () => {
    const resolved = await ensureDatabase(config);
    const index = MIGRATIONS.indexOf(LanguageKey1796410394433);
    expect(index).toBeGreaterThan(0);
    // The schema as it was just before this migration, with customers in it.
    ds = new DataSource({ ...dataSourceOptions(resolved), migrations: MIGRATIONS.slice(0, index) });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.query("INSERT INTO organizations (id, name) VALUES ('org_lang', 'Lang')");
    await ds.query(
      "INSERT INTO campaigns (id, organization_id, name, description, campaign_type, start_date, start_time, end_date, end_time, languages, region, tags, timezone) VALUES ('camp_lang', 'org_lang', 'c', '', 'emi', '2025-08-01', '09:00', '2025-08-31', '18:00', '[]', 'west', '[]', 'Asia/Kolkata')",
    );
    const rows = [...LANGUAGES, null].map((language, i) => [
      'camp_lang',
      'org_lang',
      Buffer.from(`L${i}`),
      `+9198000000${String(i).padStart(2, '0')}`,
      language,
    ]);
    await ds.query(
      'INSERT INTO customers (campaign_id, organization_id, external_id, phone_number, language) VALUES ?',
      [rows],
    );
    await ds.destroy();
    ds = new DataSource(dataSourceOptions(resolved));
    await ds.initialize();
    expect((await ds.runMigrations({ transaction: 'each' })).map((m) => m.name)).toContain('LanguageKey1796410394433');
  }, 60000);

  afterAll(async () => {
    if (!ds?.isInitialized) return;
    await ds.query(`DROP DATABASE IF EXISTS \`${config.db.name}\``);
    await ds.destroy();
  });

  it('gives every existing language the key new writes get, and leaves no language without one', async () => {
    const rows = await ds.query<Array<{ language: string | null; language_key: Buffer | null }>>(
      'SELECT language, language_key FROM customers ORDER BY id',
    );
    expect(rows.map((r) => r.language)).toEqual([...LANGUAGES, null]);
    expect(rows.map((r) => r.language_key?.toString('hex') ?? null)).toEqual([
      ...LANGUAGES.map((l) => languageKey(l).toString('hex')),
      null,
    ]);
  });

  it('rebuilds the targeting indexes on the key', async () => {
    const columns = await ds.query<Array<{ Key_name: string; Column_name: string }>>(
      "SHOW INDEX FROM customers WHERE Key_name IN ('idx_customers_campaign_status_language_due', 'idx_customers_campaign_language')",
    );
    const of = (name: string) => columns.filter((c) => c.Key_name === name).map((c) => c.Column_name);
    expect(of('idx_customers_campaign_status_language_due')).toEqual([
      'campaign_id',
      'payment_status',
      'language_key',
      'emi_due_date',
    ]);
    expect(of('idx_customers_campaign_language')).toEqual(['campaign_id', 'language_key']);
  });
});
