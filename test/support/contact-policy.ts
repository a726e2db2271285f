/**
 * Opens the calling and SMS windows all day for the key's organization (SPEC §7). Apps run in
 * a separate process use the real clock, so a test that initiates there must not depend on the
 * time of day.
 */
export async function allowAllDay(baseUrl: string, apiKey: string): Promise<void> {
  const res = await fetch(`${baseUrl}/api/v1/contact-policy`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      calls: { window: { start: '00:00', end: '24:00' } },
      sms: { window: { start: '00:00', end: '24:00' } },
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status !== 200) {
    throw new Error(`PUT /api/v1/contact-policy answered ${res.status}: ${await res.text()}`);
  }
}
