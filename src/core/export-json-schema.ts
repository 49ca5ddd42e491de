/** The export contract as a JSON Schema document, generated from the zod schema so the two never drift. */
import { z } from 'zod';
import { ExportSchema } from './export-schema.js';

export function exportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://dossier.invalid/schemas/dossier.export-1.schema.json',
    title: 'dossier.export/1',
    ...z.toJSONSchema(ExportSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
