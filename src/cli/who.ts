/** Who made a judgement: $DOSSIER_USER, else $USER, else the login name — read here, at the edge, and passed down. */
import { userInfo } from 'node:os';
import type { Who } from '../app/judge.js';
import type { Io } from './io.js';

export function whoIs(io: Io): Who {
  let name = io.env['DOSSIER_USER'] ?? io.env['USER'];
  try {
    name ??= userInfo().username;
  } catch {
    name ??= 'analyst';
  }
  return { who: name, now: new Date() };
}
