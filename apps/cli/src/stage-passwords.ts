import { EnvReader } from '@newswire/config';
import { STAGE_NAMES, StageName, stageSchema } from '@newswire/contracts';

/** One password per stage from `<SCHEMA>_<suffix>` (e.g. PARSE_DB_PASSWORD), each 12+ characters. */
export function readStagePasswords(read: EnvReader, suffix: 'DB_PASSWORD' | 'AMQP_PASSWORD'): Record<StageName, string> {
  const passwords = {} as Record<StageName, string>;
  for (const stage of STAGE_NAMES) {
    const variable = `${stageSchema(stage).toUpperCase()}_${suffix}`;
    passwords[stage] = read.string(variable, '');
    if (passwords[stage].length < 12) read.problem(`${variable} must be set (12+ characters)`);
  }
  return passwords;
}
