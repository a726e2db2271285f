import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { OutreachClient } from '@outreach-api/client';
import { InjectOutreachClient, OUTREACH_CLIENT, OutreachClientModule } from '@outreach-api/client/nest';
import { ScriptedApi } from '../support/fakes/scripted-api';

/** OutreachClientModule's providers: the options reach the client, by class or by token, global or not. */
describe('OutreachClientModule', () => {
  const api = new ScriptedApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.script({ status: 200, body: { success: true, data: { organizationId: 'org_1' } } }));

  const SETTINGS = 'SETTINGS';
  @Module({
    providers: [{ provide: SETTINGS, useFactory: () => ({ url: api.url, key: 'async-key' }) }],
    exports: [SETTINGS],
  })
  class SettingsModule {}

  @Injectable()
  class ByToken {
    constructor(@InjectOutreachClient() readonly client: OutreachClient) {}
  }
  @Injectable()
  class ByClass {
    constructor(readonly client: OutreachClient) {}
  }

  it('forRoot: one client, injected by its class and by OUTREACH_CLIENT, sending the configured key', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [OutreachClientModule.forRoot({ baseUrl: api.url, apiKey: 'root-key', orgId: 'org_1' })],
      providers: [ByToken, ByClass],
    }).compile();
    const client = moduleRef.get(OutreachClient);
    expect(moduleRef.get(ByToken).client).toBe(client);
    expect(moduleRef.get(ByClass).client).toBe(client);
    expect(moduleRef.get(OUTREACH_CLIENT)).toBe(client);

    await expect(client.whoAmI()).resolves.toEqual({ success: true, data: { organizationId: 'org_1' } });
    expect(api.requests[0]).toMatchObject({
      url: '/api/v1/auth/whoami',
      headers: { authorization: 'Bearer root-key', 'x-org-id': 'org_1' },
    });
  });

  it('forRootAsync: options made by a factory from an imported module, available globally with isGlobal', async () => {
    @Module({ providers: [ByToken], exports: [ByToken] })
    class FeatureModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [
        OutreachClientModule.forRootAsync({
          isGlobal: true,
          imports: [SettingsModule],
          inject: [SETTINGS],
          useFactory: async (settings: { url: string; key: string }) => ({
            baseUrl: settings.url,
            apiKey: settings.key,
          }),
        }),
        FeatureModule,
      ],
    }).compile();

    await moduleRef.get(ByToken).client.whoAmI();
    expect(api.requests[0].headers.authorization).toBe('Bearer async-key');
  });

  it('a missing option fails at start with a clear message', async () => {
    await expect(
      Test.createTestingModule({
        imports: [OutreachClientModule.forRootAsync({ useFactory: () => ({ baseUrl: api.url, apiKey: '' }) })],
      }).compile(),
    ).rejects.toThrow('OutreachClient: apiKey is required');
  });
});
