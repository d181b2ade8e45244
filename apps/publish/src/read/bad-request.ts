import { BadRequestException } from '@nestjs/common';
import { InvalidQuery } from './article-query';

/** Runs a query-string parser, answering 400 with its message when the input is invalid. */
export function badRequestOnInvalid<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InvalidQuery) throw new BadRequestException(error.message);
    throw error;
  }
}
