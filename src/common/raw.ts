import { Transform } from 'class-transformer';

/**
 * Keeps a property exactly as JSON.parse produced it. class-transformer would rebuild free-form
 * objects and turn a `__proto__` key into a prototype (so `filters: {"__proto__": {...}}` would
 * silently mean "no filter"); our own parsers must see every key the client sent.
 */
export const Raw = (): PropertyDecorator =>
  Transform(
    ({ obj, key }: { obj: Record<string, unknown>; key: string }) => (Object.hasOwn(obj, key) ? obj[key] : undefined),
    {
      toClassOnly: true,
    },
  );
