// Writes docs/dossier.export-1.schema.json from the compiled zod schema (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { exportJsonSchema } from '../dist/core/export-json-schema.js';

const out = new URL('../docs/dossier.export-1.schema.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
