/** DI token of the stage's validated ServiceConfig. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
