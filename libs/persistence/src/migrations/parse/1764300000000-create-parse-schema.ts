import { CreateStageSchemaMigration } from '../../stage-migration';

export class CreateParseSchema1764300000000 extends CreateStageSchemaMigration {
  protected readonly schema = 'parse';
  protected stageTablesSql(): string[] {
    return [
      `CREATE TABLE parse.parsed_articles (
         article_id uuid PRIMARY KEY,
         url text,
         canonical_url text,
         title text,
         subtitle text,
         authors jsonb NOT NULL,
         publisher text,
         published_at text,
         language text,
         paragraphs jsonb NOT NULL,
         word_count int NOT NULL,
         boilerplate jsonb NOT NULL,
         parsed_at timestamptz NOT NULL DEFAULT now())`,
    ];
  }
}
