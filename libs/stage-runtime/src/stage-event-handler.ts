import { applyDecorators, Controller, UseFilters } from '@nestjs/common';
import { RethrowRpcErrors } from '@newswire/messaging';

/**
 * Marks a class whose `@EventPattern` methods handle a stage's events: a Nest controller whose
 * errors reach the stage consumer untouched (their class decides retry or dead letter).
 */
export function StageEventHandler(): ClassDecorator {
  return applyDecorators(Controller(), UseFilters(RethrowRpcErrors));
}
