/**
 * The columns of a parsed article (the article.parsed payload) that parse.parsed_articles and
 * publish.documents both begin with. Part of those two first migrations: never change it.
 */
export const PARSED_ARTICLE_COLUMNS = `article_id uuid PRIMARY KEY,
         url text,
         canonical_url text,
         title text,
         subtitle text,
         authors jsonb NOT NULL,
         publisher text,
         published_at text,
         language text,
         paragraphs jsonb NOT NULL`;
