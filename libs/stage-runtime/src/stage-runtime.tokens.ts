/** DI token of the stage's validated ServiceConfig. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

/** DI token of the stage's name. */
export const STAGE_NAME = Symbol('STAGE_NAME');
