import {
  type DynamicModule,
  Inject,
  type InjectionToken,
  Module,
  type ModuleMetadata,
  type OptionalFactoryDependency,
  type Provider,
} from '@nestjs/common';
import { OutreachClient, type OutreachClientOptions } from './client';

/** The injection token of the client (the OutreachClient class is a token too). */
export const OUTREACH_CLIENT = Symbol.for('@outreach-api/client:OUTREACH_CLIENT');
/** The token of the options the client is made from. */
export const OUTREACH_CLIENT_OPTIONS = Symbol.for('@outreach-api/client:OUTREACH_CLIENT_OPTIONS');

/** `@InjectOutreachClient() private readonly outreach: OutreachClient`, or inject the class itself. */
export const InjectOutreachClient = (): ParameterDecorator & PropertyDecorator => Inject(OUTREACH_CLIENT);

export interface OutreachClientModuleOptions extends OutreachClientOptions {
  /** Register the client globally (every module may inject it without importing this one). */
  isGlobal?: boolean;
}

export interface OutreachClientModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  /** Called with the providers of `inject`, in order. */
  useFactory: (...args: never[]) => OutreachClientOptions | Promise<OutreachClientOptions>;
  inject?: Array<InjectionToken | OptionalFactoryDependency>;
  isGlobal?: boolean;
  /** More providers the factory's injections need. */
  extraProviders?: Provider[];
}

const clientProviders: Provider[] = [
  {
    provide: OutreachClient,
    useFactory: (options: OutreachClientOptions) => new OutreachClient(options),
    inject: [OUTREACH_CLIENT_OPTIONS],
  },
  { provide: OUTREACH_CLIENT, useExisting: OutreachClient },
];

/**
 * The Outreach API client for a NestJS application:
 * `OutreachClientModule.forRoot({ baseUrl, apiKey })`, or `forRootAsync({ imports, inject, useFactory })`
 * when the options come from configuration. It provides OutreachClient (inject the class, or
 * `@InjectOutreachClient()`).
 */
@Module({})
export class OutreachClientModule {
  static forRoot(options: OutreachClientModuleOptions): DynamicModule {
    const { isGlobal, ...clientOptions } = options;
    return {
      module: OutreachClientModule,
      global: isGlobal ?? false,
      providers: [{ provide: OUTREACH_CLIENT_OPTIONS, useValue: clientOptions }, ...clientProviders],
      exports: [OutreachClient, OUTREACH_CLIENT],
    };
  }

  static forRootAsync(options: OutreachClientModuleAsyncOptions): DynamicModule {
    return {
      module: OutreachClientModule,
      global: options.isGlobal ?? false,
      imports: options.imports ?? [],
      providers: [
        ...(options.extraProviders ?? []),
        { provide: OUTREACH_CLIENT_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        ...clientProviders,
      ],
      exports: [OutreachClient, OUTREACH_CLIENT],
    };
  }
}
