/** The read API through its published port, asked with the suite's API key. */
import { API_KEY, PORTS } from './compose-project';
import { sleep } from './shell';

/** What the read API answers with, as far as the suite reads it. */
interface ApiBody {
  title?: string;
  articles?: Array<{ id: string }>;
}

export async function httpGet(url: string): Promise<{ status: number; body: ApiBody | null }> {
  try {
    const response = await fetch(url, { headers: { 'X-API-Key': API_KEY } });
    const text = await response.text();
    let body: ApiBody | null = null;
    try {
      body = JSON.parse(text) as ApiBody;
    } catch {
      /* not JSON: no fields to read */
    }
    return { status: response.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

export async function waitForDocument(articleId: string, timeoutMs: number): Promise<{ status: number; body: ApiBody | null }> {
  const deadline = Date.now() + timeoutMs;
  let last = await httpGet(`http://127.0.0.1:${PORTS.PUBLISH_PORT}/articles/${articleId}`);
  while (last.status !== 200 && Date.now() < deadline) {
    await sleep(1000);
    last = await httpGet(`http://127.0.0.1:${PORTS.PUBLISH_PORT}/articles/${articleId}`);
  }
  return last;
}
