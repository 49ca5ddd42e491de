// Makes the compiled CLI executable, and warms the knowledge-base parse cache so the first run starts fast.
import { chmodSync, existsSync } from 'node:fs';

const bin = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);

try {
  const { loadKnowledgeBase } = await import('../dist/kb/index.js');
  loadKnowledgeBase();
} catch (e) {
  // a broken pack is reported by `dossier kb validate` and the tests; the build itself still succeeds
  console.warn(`note: knowledge base not preloaded (${e instanceof Error ? e.message.split('\n')[0] : e})`);
}
