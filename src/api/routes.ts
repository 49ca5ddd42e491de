/** The JSON API as a table of routes: path, parameters (zod) and handler; the OpenAPI description is read off the same table. */
import type { z } from 'zod';
import type { Workbench } from '../app/workbench.js';
import type { FileOutcome } from '../app/ingest.js';
import type { PastedArticle } from '../app/workbench-write.js';
import {
  ClaimsQuery,
  DocumentsQuery,
  EmptyQuery,
  EntitiesQuery,
  EventsQuery,
  GraphQuery,
  NeighbourhoodQuery,
  PageQuery,
  PastedDocument,
  SearchQuery,
} from './params.js';

export interface RouteDeps {
  wb: Workbench;
  /** present only when the server was started with --allow-write */
  ingest?: (a: PastedArticle) => Promise<FileOutcome>;
}

export interface Route {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query: z.ZodObject;
  body?: z.ZodObject;
  /** path parameter names, in order */
  params?: string[];
  handle(deps: RouteDeps, a: { query: never; params: Record<string, string>; body: never }): Promise<unknown>;
}

/** Keeps each handler's argument typed by its own schema while the table holds them all. */
function route<Q extends z.ZodObject, B extends z.ZodObject = z.ZodObject>(r: {
  method?: 'get' | 'post';
  path: string;
  summary: string;
  query: Q;
  body?: B;
  params?: string[];
  handle(deps: RouteDeps, a: { query: z.output<Q>; params: Record<string, string>; body: z.output<B> }): Promise<unknown>;
}): Route {
  return { method: 'get', ...r } as Route;
}

export const ROUTES: Route[] = [
  route({ path: '/api/overview', summary: 'Corpus counts, most-mentioned actors, latest conflicts, outlets by grade', query: EmptyQuery, handle: ({ wb }) => wb.overview() }),
  route({ path: '/api/documents', summary: 'Documents (latest versions), without their text', query: DocumentsQuery, handle: ({ wb }, { query: { limit, offset, outlet } }) => wb.documents({ outlet }, { limit, offset }) }),
  route({ path: '/api/documents/:id', params: ['id'], summary: 'One document: cleaned text, metadata with basis, stripped boilerplate, every annotation layer, and its sourcing profile', query: EmptyQuery, handle: ({ wb }, { params }) => wb.document(params['id']!) }),
  route({ path: '/api/entities', summary: 'Actors by number of mentions', query: EntitiesQuery, handle: ({ wb }, { query: { limit, offset, ...f } }) => wb.entities(f, { limit, offset }) }),
  route({ path: '/api/entities/:id', params: ['id'], summary: 'One actor: spellings by document, roles, claims by and about it, events, relations, documents', query: EmptyQuery, handle: ({ wb }, { params }) => wb.entity(params['id']!) }),
  route({ path: '/api/entities/:id/neighbourhood', params: ['id'], summary: 'The actor graph around one actor', query: NeighbourhoodQuery, handle: ({ wb }, { params, query }) => wb.neighbourhood(params['id']!, query) }),
  route({ path: '/api/graph', summary: 'The actor graph: relations and said-about edges aggregated per pair', query: GraphQuery, handle: ({ wb }, { query }) => wb.graph(query) }),
  route({ path: '/api/claims', summary: 'The claim ledger', query: ClaimsQuery, handle: ({ wb }, { query: { limit, offset, ...f } }) => wb.claims(f, { limit, offset }) }),
  route({ path: '/api/conflicts', summary: 'Contradictions, refutations and retractions with both claims', query: PageQuery, handle: ({ wb }, { query }) => wb.conflicts(query) }),
  route({ path: '/api/events', summary: 'Events with date precision, place and actors', query: EventsQuery, handle: ({ wb }, { query: { limit, offset, ...f } }) => wb.events(f, { limit, offset }) }),
  route({ path: '/api/places', summary: 'Places with coordinates and the events placed at them', query: EmptyQuery, handle: ({ wb }) => wb.places() }),
  route({ path: '/api/sources', summary: 'Outlets with grade, basis, what they published, and their summed sourcing profile', query: EmptyQuery, handle: ({ wb }) => wb.sources() }),
  route({ path: '/api/search', summary: 'Full-text search (SQLite FTS5) over documents and claims', query: SearchQuery, handle: ({ wb }, { query }) => wb.search(query.q, query.limit) }),
  route({
    method: 'post',
    path: '/api/documents',
    summary: 'Ingest one pasted article (only with --allow-write)',
    query: EmptyQuery,
    body: PastedDocument,
    handle: async ({ wb, ingest }, { body }) => {
      if (!ingest) throw new Error('write route reached on a read-only server');
      const outcome = await ingest(body);
      wb.invalidate();
      return outcome;
    },
  }),
];
