/**
 * A stage's output table in memory, keyed by article id as the stores keep it: the first run's row
 * is stored once, a later revision's replaces it, an earlier one is refused (`store` answers false).
 */
export class RevisionedRows<Row> {
  readonly rows = new Map<string, Row>();
  private readonly revisions = new Map<string, number>();

  store(articleId: string, revision: number, row: Row): boolean {
    const stored = this.revisions.get(articleId);
    if (stored !== undefined && stored >= revision) return false;
    this.rows.set(articleId, row);
    this.revisions.set(articleId, revision);
    return true;
  }
}
