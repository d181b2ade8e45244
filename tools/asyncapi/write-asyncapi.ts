// Writes docs/asyncapi.json from libs/contracts; a unit test fails when the checked-in file differs.
import { writeFileSync } from 'fs';
import * as path from 'path';
import { renderAsyncApiDocument } from '../../libs/contracts/src/asyncapi/asyncapi-document';

const target = path.resolve(__dirname, '../../docs/asyncapi.json');
writeFileSync(target, renderAsyncApiDocument());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
