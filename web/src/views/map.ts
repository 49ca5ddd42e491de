/** `/map`: an offline world basemap (world-atlas), places sized by mentions and events drawn by their geo precision. */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api, type Entity, type EventItem } from '../api.js';
import { add, actorPath, docPath, h, link } from '../dom.js';
import type { ViewContext } from '../main.js';
import { clipGeometry } from '../map/antimeridian.js';

interface EventGroup {
  place: string;
  geo: { lat: number; lon: number };
  geo_precision: number | null;
  count: number;
  types: Record<string, number>;
  events: EventItem[];
}
interface Places {
  places: Entity[];
  eventGroups: EventGroup[];
}

/** Radius in metres that a geo precision stands for: 1 the place itself, 2 its district, 3 its province or region. */
const PRECISION_RADIUS: Record<number, number> = { 1: 3_000, 2: 25_000, 3: 90_000 };

function basemap(): L.GeoJSON {
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
  for (const f of fc.features) f.geometry = clipGeometry(f.geometry as never) as GeoJSON.Geometry;
  return L.geoJSON(fc, { style: { color: '#9aa5b1', weight: 0.6, fillColor: '#eef1f4', fillOpacity: 1 }, interactive: false });
}

/** Tooltips and popups get elements built from text nodes, never HTML strings. */
function placeCard(p: Entity): HTMLElement {
  return h('div', null, h('strong', null, p.name), h('div', null, `${p.type} · ${p.mentionCount} mentions in ${p.docCount} documents`), link(actorPath(p.id), 'actor page →'));
}

const PRECISION_WORDS: Record<number, string> = { 1: 'at the place itself', 2: 'somewhere in its district', 3: 'somewhere in its province or region' };

function eventCard(g: EventGroup, placeName: string): HTMLElement {
  const types = Object.entries(g.types).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
  return h(
    'div',
    { class: 'map-event' },
    h('strong', null, `${g.count} event${g.count === 1 ? '' : 's'} · ${placeName}`),
    h('div', null, `${PRECISION_WORDS[g.geo_precision ?? 3] ?? 'precision unknown'} · ${types}`),
    h('ul', null, g.events.map((e) => h('li', null, `${e.date ?? 'undated'} ${e.type}: `, link(docPath(e.doc, e.id.split('/')[1]), e.evidence.text.slice(0, 160))))),
    g.count > g.events.length ? link(`/timeline?actor=${encodeURIComponent(g.place)}`, `all ${g.count} on the timeline →`) : null,
  );
}

export default async function map({ root }: ViewContext): Promise<void> {
  const data = await api<Places>('/api/places');
  const box = h('div', { class: 'map-box', id: 'map' });
  add(root, h('h1', null, 'Map ', h('span', { class: 'muted' }, `${data.places.length} places, ${data.eventGroups.reduce((n, g) => n + g.count, 0)} placed events`)), h('p', { class: 'muted' }, 'Blue dots: places, sized by mentions. Red circles: events; the circle grows with the place’s vagueness (exact place, district, province).'), box);
  requestAnimationFrame(() => {
    const m = L.map(box, { worldCopyJump: false, maxBounds: [[-85, -200], [85, 200]], minZoom: 1, attributionControl: false, preferCanvas: false });
    // a view must exist before metre-radius circles can project
    m.setView([38.5, 69], 4);
    basemap().addTo(m);
    const names = new Map(data.places.map((p) => [p.id, p.name]));
    const layer = L.featureGroup().addTo(m);
    const eventLayer = L.featureGroup().addTo(m);
    for (const p of data.places) {
      L.circleMarker([p.geo!.lat, p.geo!.lon], { radius: 4 + Math.sqrt(p.mentionCount) * 2, color: '#1c5fa8', weight: 1, fillOpacity: 0.6 })
        .bindTooltip(() => h('span', null, p.name))
        .bindPopup(() => placeCard(p))
        .addTo(layer);
    }
    for (const g of data.eventGroups) {
      L.circle([g.geo.lat, g.geo.lon], { radius: PRECISION_RADIUS[g.geo_precision ?? 3] ?? 90_000, color: '#c92a2a', weight: 1 + Math.min(4, Math.log2(g.count)), fillOpacity: 0.15, dashArray: g.geo_precision === 1 ? undefined : '4 4' })
        .bindTooltip(() => h('span', null, `${g.count} event${g.count === 1 ? '' : 's'} · ${names.get(g.place) ?? ''}`))
        .bindPopup(() => eventCard(g, names.get(g.place) ?? ''))
        .addTo(eventLayer);
    }
    // frame the events when there are any: that is where the story is; outlying capitals stay reachable by zooming out
    const frame = eventLayer.getLayers().length ? eventLayer : layer;
    if (frame.getLayers().length) m.fitBounds(frame.getBounds().pad(0.4), { maxZoom: 7 });
    (window as unknown as { __map?: L.Map }).__map = m;
    box.dataset['ready'] = '1';
  });
}
