/** A deterministic pseudo-random customer population for targeting tests (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FixtureRecord = Record<string, string | number | boolean | null>;

export function generateCustomers(count: number, seed = 42): FixtureRecord[] {
  const r = rng(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(r() * items.length)];
  const records: FixtureRecord[] = [];
  for (let i = 0; i < count; i++) {
    const rec: FixtureRecord = {
      loan_id: pick([`L${i}`, `L${i}`, `L${i}`, `l${i}`, `L${i} `]),
      phone_number: `98${String(i).padStart(8, '0')}`,
    };
    const status = pick(['bounced', 'pending', 'Pending', 'partial', 'paid', 'received', null]);
    if (status) rec.payment_status = status;
    const language = pick(['hindi', 'Hindi', 'english', 'tamil', 'marathi', null]);
    if (language) rec.language = language;
    if (r() < 0.85)
      rec.emi_due_date = `2025-${pick(['07', '08', '09'])}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    if (r() < 0.3) rec.lead_date = `2025-06-${String(1 + Math.floor(r() * 30)).padStart(2, '0')}`;
    if (r() < 0.9) rec.emi_amount = Math.round(r() * 30000 * 100) / 100;
    if (r() < 0.9) rec.loan_amount = Math.floor(r() * 50) * 10000;
    if (r() < 0.8) rec.loan_period = pick([6, 12, 24, 36]);
    if (r() < 0.8) rec.current_emi = Math.floor(r() * 36);
    const branch = pick(['mumbai', 'mumbai', 'pune', 'Mumbai', 'mumbai ', "o'hare", null, undefined]);
    if (branch !== undefined) rec.branch = branch;
    if (r() < 0.7) rec.product_type = pick(['personal_loan', 'home_loan', 'auto_loan']);
    if (r() < 0.5) rec.score = pick([7.5, 8, 10, 7.25]);
    if (r() < 0.5) rec.vip = r() < 0.5;
    records.push(rec);
  }
  return records;
}

type Range<T> = T | { from?: T; to?: T; min?: T; max?: T };

/** The grammar of SPEC §4 applied in plain JavaScript, independently of the SQL builder. */
export function matches(rec: FixtureRecord, filters: Record<string, unknown>): boolean {
  const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : [v as string]);
  for (const [key, value] of Object.entries(filters)) {
    switch (key) {
      case 'ids':
        if (!(value as string[]).includes(rec.loan_id as string)) return false;
        break;
      case 'exclude_ids':
        if ((value as string[]).includes(rec.loan_id as string)) return false;
        break;
      // SPEC §4: both ignore case; `language` is otherwise exact (accents, invisible characters and
      // spaces count: `español` ≠ `espanol`, `hindi\u200b` ≠ `hindi`), so nothing but case is folded here.
      case 'payment_status':
      case 'language': {
        const own = rec[key];
        if (typeof own !== 'string' || !list(value).some((v) => v.toLowerCase() === own.toLowerCase())) return false;
        break;
      }
      case 'custom':
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          const own = rec[k];
          if (own === null || own === undefined || !list(v).includes(String(own))) return false;
        }
        break;
      default: {
        const own = rec[key];
        if (own === null || own === undefined) return false;
        const range = value as Range<string | number>;
        if (typeof range !== 'object') {
          if (own !== range) return false;
          break;
        }
        const lo = range.from ?? range.min;
        const hi = range.to ?? range.max;
        if (lo !== undefined && own < lo) return false;
        if (hi !== undefined && own > hi) return false;
      }
    }
  }
  return true;
}
