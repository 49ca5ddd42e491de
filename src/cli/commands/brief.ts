/** `dossier brief [--about NAME] [--format md|html] [--out FILE]`: a cited briefing, to stdout or a file. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBrief } from '../../app/brief.js';
import { renderBriefHtml, renderBriefMarkdown } from '../../app/brief-render.js';
import { resolveEntity } from '../../app/query.js';
import { AppError } from '../../core/errors.js';
import type { Io } from '../io.js';
import { withStore, type ReadFlags } from './read.js';

const FORMATS = ['md', 'html'] as const;

export async function briefCommand(flags: ReadFlags & { about?: string; format?: string; out?: string }, io: Io): Promise<number> {
  const format = (flags.format ?? 'md').toLowerCase().replace(/^markdown$/, 'md');
  if (!(FORMATS as readonly string[]).includes(format)) throw new AppError('INVALID_ARGUMENT', `unknown brief format "${flags.format}"`, { hint: `formats: ${FORMATS.join(', ')}` });
  return withStore(flags, io, async ({ store }) => {
    const about = flags.about ? await resolveEntity(store, flags.about) : undefined;
    const brief = await buildBrief(store, about ? { about: { id: about.id, name: about.name } } : {});
    const text = format === 'html' ? renderBriefHtml(brief) : renderBriefMarkdown(brief);
    if (!flags.out) {
      io.out(text);
      return 0;
    }
    const path = resolve(io.cwd, flags.out);
    try {
      writeFileSync(path, text);
    } catch (e) {
      throw new AppError('INVALID_ARGUMENT', `cannot write ${flags.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
    }
    io.err(`wrote a ${format} briefing (${brief.actors.length} actors, ${brief.timeline.length} timeline items, ${brief.contested.length} contested pairs) to ${flags.out}\n`);
    return 0;
  });
}
