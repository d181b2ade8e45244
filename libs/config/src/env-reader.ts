/**
 * Reads typed settings from an environment map, collecting every problem so a
 * misconfigured service fails at boot with one message naming all bad variables.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  string(name: string, fallback: string): string {
    const value = this.env[name];
    return value === undefined || value === '' ? fallback : value;
  }

  url(name: string, fallback: string, protocols: string[]): string {
    const value = this.string(name, fallback);
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
        this.problems.push(`${name} must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return value;
  }

  int(name: string, fallback: number, bounds: { min?: number; max?: number } = {}): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value)) {
      this.problems.push(`${name} must be an integer, got "${raw}"`);
      return fallback;
    }
    if (bounds.min !== undefined && value < bounds.min) this.problems.push(`${name} must be >= ${bounds.min}`);
    if (bounds.max !== undefined && value > bounds.max) this.problems.push(`${name} must be <= ${bounds.max}`);
    return value;
  }

  intList(name: string, fallback: number[]): number[] {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const values = raw.split(',').map((part) => Number(part.trim()));
    if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v <= 0)) {
      this.problems.push(`${name} must be a comma-separated list of positive integers, got "${raw}"`);
      return fallback;
    }
    return values;
  }

  pattern(name: string, fallback: string, re: RegExp, description: string): string {
    const value = this.string(name, fallback);
    if (!re.test(value)) this.problems.push(`${name} must be ${description}, got "${value}"`);
    return value;
  }

  /** A comma-separated list; empty when unset. */
  list(name: string): string[] {
    return (this.env[name] ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  problem(description: string): void {
    this.problems.push(description);
  }

  /** Throws a ConfigError naming every problem found so far. */
  assertValid(): void {
    if (this.problems.length > 0) throw new ConfigError([...this.problems]);
  }
}
