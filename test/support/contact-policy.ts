/**
 * Opens the calling and SMS windows all day for the key's organization, for apps that run in
 * a separate process on the real clock (benchmarks, multi-process specs). Tolerates a 404 while
 * the contact-policy route does not exist on this branch.
 */
export async function allowAllDay(baseUrl: string, apiKey: string): Promise<void> {
  const res = await fetch(`${baseUrl}/api/v1/contact-policy`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      calls: { window: { start: '00:00', end: '24:00' } },
      sms: { window: { start: '00:00', end: '24:00' } },
    }),
  });
  if (res.status === 404) return;
  if (!res.ok) throw new Error(`PUT /api/v1/contact-policy answered ${res.status}: ${await res.text()}`);
}
