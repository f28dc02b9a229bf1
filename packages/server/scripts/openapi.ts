// Writes packages/server/openapi.json, the committed copy of the API document (a test keeps it in step).
import { writeFileSync } from 'node:fs';
import { renderOpenApi } from '../src/openapi';

writeFileSync(new URL('../openapi.json', import.meta.url), await renderOpenApi());
console.log('wrote packages/server/openapi.json');
