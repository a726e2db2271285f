import { ValidateBy, ValidationOptions } from 'class-validator';
import { isIsoDate, isTimeZone } from './time';

export const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;

export const IsIsoDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isIsoDate',
      validator: { validate: isIsoDate, defaultMessage: (a) => `${a?.property} must be a date YYYY-MM-DD` },
    },
    options,
  );

export const IsHourMinute = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isHourMinute',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && HOUR_MINUTE.test(v),
        defaultMessage: (a) => `${a?.property} must be a time HH:MM (24 h)`,
      },
    },
    options,
  );

export const IsTimeZone = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: isTimeZone,
        defaultMessage: (a) => `${a?.property} must be an IANA time zone such as Asia/Kolkata`,
      },
    },
    options,
  );
