/** One Server-Sent Event as a browser's EventSource would see it. */
export interface ServerSentEvent {
  id: string | null;
  event: string;
  data: string;
}

/**
 * A minimal EventSource over fetch (Node has none), so a test can send headers (the API key,
 * Last-Event-ID) and see comments and the end of the stream.
 */
export class SseClient {
  readonly events: ServerSentEvent[] = [];
  comments = 0;
  status = 0;
  private ended = false;
  private readonly abort = new AbortController();
  private done: Promise<void> = Promise.resolve();

  private constructor(private readonly url: string) {}

  static async open(url: string, headers: Record<string, string>): Promise<SseClient> {
    const client = new SseClient(url);
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: client.abort.signal });
    client.status = response.status;
    if (!response.ok || !response.body) {
      client.ended = true;
      await response.body?.cancel();
      return client;
    }
    client.done = client.read(response.body).catch(() => undefined);
    return client;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  get lastEventId(): string | null {
    return this.events.length ? this.events[this.events.length - 1].id : null;
  }

  async waitFor(predicate: (events: ServerSentEvent[]) => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.events)) {
      if (this.ended) throw new Error(`stream ${this.url} ended before ${what}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} on ${this.url}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Resolves when the server ends the stream. */
  async waitEnded(timeoutMs: number): Promise<boolean> {
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
    await Promise.race([this.done, timeout]);
    return this.ended;
  }

  close(): void {
    this.abort.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          this.dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } finally {
      this.ended = true;
    }
  }

  private dispatch(block: string): void {
    const event: ServerSentEvent = { id: null, event: 'message', data: '' };
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments++;
      else if (line.startsWith('id: ')) event.id = line.slice(4);
      else if (line.startsWith('event: ')) event.event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length === 0) return;
    event.data = data.join('\n');
    this.events.push(event);
  }
}
