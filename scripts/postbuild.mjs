// Makes the compiled CLI executable (npm links bin files, but a direct ./dist call needs the bit too).
import { chmodSync, existsSync } from 'node:fs';

const bin = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
