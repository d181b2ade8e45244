/**
 * The inbox, outbox and failed-messages tables every stage schema has. Shared by each
 * schema's first migration so the reliability tables are the same everywhere.
 */
export function createMessagingTablesSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE TABLE ${s}.inbox (
       message_id text PRIMARY KEY,
       message_type text NOT NULL,
       content_hash text NOT NULL,
       processed_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE ${s}.outbox (
       id text PRIMARY KEY,
       routing_key text NOT NULL,
       correlation_id text NOT NULL,
       body text NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE INDEX outbox_created_at_idx ON ${s}.outbox (created_at)`,
    `CREATE TABLE ${s}.failed_messages (
       id bigserial PRIMARY KEY,
       message_id text NOT NULL,
       queue text NOT NULL,
       routing_key text,
       reason text NOT NULL,
       attempts int NOT NULL,
       properties jsonb NOT NULL,
       content bytea NOT NULL,
       failed_at timestamptz NOT NULL DEFAULT now(),
       replayed_at timestamptz,
       UNIQUE (message_id, attempts, reason))`,
  ];
}
