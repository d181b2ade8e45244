import { ReprocessPage, ReprocessRequest } from '@newswire/contracts';
import { CliFailure } from '../cli-io';

/** Answers worth asking again after a pause: the rate limit, a service starting or draining, a database restarting. */
const RETRIED_STATUSES = new Set([429, 502, 503, 504, 500]);
const ATTEMPTS = 6;

/** Asks a service (ingest or parse) for one page of a reprocess run: POST /reprocess. */
export class ReprocessClient {
  constructor(
    private readonly apiUrl: string,
    /** The variable that names the URL, for the failure messages. */
    private readonly urlVariable: string,
    private readonly apiKey: string | undefined,
    private readonly pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ) {}

  async page(request: Partial<ReprocessRequest>): Promise<ReprocessPage> {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(new URL('/reprocess', this.apiUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {}) },
        body: JSON.stringify(request),
      }).catch((error: Error & { cause?: Error }) => {
        throw new CliFailure(
          `cannot reach ${this.apiUrl}: ${error.cause?.message ?? error.message}`,
          `start the pipeline (npm start) or set ${this.urlVariable}; with --state, the run then resumes where it stopped`,
        );
      });
      if (response.ok) return ReprocessPage.parse(await response.json());
      const text = await response.text();
      if (RETRIED_STATUSES.has(response.status) && attempt < ATTEMPTS) {
        await this.pause(Math.min(500 * 2 ** (attempt - 1), 8000));
        continue;
      }
      throw new CliFailure(`${this.apiUrl}/reprocess answered ${response.status}: ${text.slice(0, 500)}`, nextStep(response.status, this.urlVariable));
    }
  }
}

function nextStep(status: number, urlVariable: string): string {
  if (status === 401) return 'set NEWSWIRE_API_KEY to one of the API_KEYS';
  if (status === 404) return `${urlVariable} must point at the service that keeps the stage's input (ingest for parse, parse for entity-extract)`;
  if (status === 400) return 'fix the options named above (newswire reprocess --help)';
  return 'look at the service log, then run the command again (with --state, it resumes where it stopped)';
}
