import { InvalidArgumentError } from 'commander';
import { STAGE_NAMES, StageName } from '@newswire/contracts';

// Option value parsers shared by the commands; commander reports their errors as usage errors.

export function positiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a number above 0');
  return number;
}

export function positiveInteger(value: string): number {
  const number = positiveNumber(value);
  if (!Number.isInteger(number)) throw new InvalidArgumentError('expected a whole number above 0');
  return number;
}

export function stageName(value: string): StageName {
  if (!STAGE_NAMES.includes(value as StageName)) throw new InvalidArgumentError(`expected one of ${STAGE_NAMES.join(', ')}`);
  return value as StageName;
}

export function isoDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('expected a date such as 2026-12-01 or 2026-12-01T10:00:00Z');
  return date;
}
