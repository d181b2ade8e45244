import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export interface ApiDocsOptions {
  title: string;
  description: string;
}

/**
 * The stage's OpenAPI 3 document, generated from its controllers (whose request and response
 * schemas are the zod contracts), served at /docs (Swagger UI) and /docs/json.
 */
export function serveApiDocs(app: INestApplication, options: ApiDocsOptions): void {
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion('1')
    .addSecurity('api-key', { type: 'http', scheme: 'bearer', description: 'One of API_KEYS (needed when the service is not on loopback).' })
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs/json', yamlDocumentUrl: 'docs/yaml' });
}
