import { CreateStageSchemaMigration } from '../../stage-migration';
import { PARSED_ARTICLE_COLUMNS } from '../parsed-article-columns.sql';

export class CreateParseSchema1764300000000 extends CreateStageSchemaMigration('parse', [
  `CREATE TABLE parse.parsed_articles (
         ${PARSED_ARTICLE_COLUMNS},
         word_count int NOT NULL,
         boilerplate jsonb NOT NULL,
         parsed_at timestamptz NOT NULL DEFAULT now())`,
]) {}
