import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs script without type declarations
import { checkFile } from './check-layers.mjs';

const src = resolve('src');
const at = (p: string) => resolve(src, p);

describe('layer checker', () => {
  it.each([
    ['core/x.ts', "import { a } from '../store/store.js';", 1],
    ['store/sqlite/s.ts', "import { a } from '../../core/doc.js';", 0],
    ['kb/k.ts', "import type { N } from '../nlp/context.js';", 1],
    ['cli/c.ts', "import { x } from '../store/store.js';", 1],
    ['cli/c.ts', "const m = await import('../app/ingest.js');", 0],
    ['app/a.ts', "export { y } from '../ingest/index.js';", 0],
    ['nlp/stages/60-claims/index.ts', "import { t } from '../10-tokens/index.js';", 1],
    ['nlp/lib/words.ts', "import { t } from '../stages/10-tokens/index.js';", 1],
    ['nlp/stages/60-claims/index.ts', "import { t } from '../../lib/words.js';", 0],
  ])('%s importing %s gives %i problem(s)', (file, source, n) => {
    expect(checkFile(at(file), source)).toHaveLength(n);
  });
});
