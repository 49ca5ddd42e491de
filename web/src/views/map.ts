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

interface Places {
  places: Entity[];
  events: (EventItem & { geo: { lat: number; lon: number } })[];
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

function eventCard(e: Places['events'][number], placeName: string): HTMLElement {
  return h('div', { class: 'map-event' }, h('strong', null, `${e.type}${e.subtype ? ` / ${e.subtype}` : ''}`), h('div', null, `${e.date ?? 'undated'} · ${placeName} · precision ${e.geo_precision ?? '?'}`), h('p', null, e.evidence.text.slice(0, 240)), link(docPath(e.doc, e.id.split('/')[1]), 'open the sentence →'));
}

export default async function map({ root }: ViewContext): Promise<void> {
  const data = await api<Places>('/api/places');
  const box = h('div', { class: 'map-box', id: 'map' });
  add(root, h('h1', null, 'Map ', h('span', { class: 'muted' }, `${data.places.length} places, ${data.events.length} placed events`)), h('p', { class: 'muted' }, 'Blue dots: places, sized by mentions. Red circles: events; the circle grows with the place’s vagueness (exact place, district, province).'), box);
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
    for (const e of data.events) {
      L.circle([e.geo.lat, e.geo.lon], { radius: PRECISION_RADIUS[e.geo_precision ?? 3] ?? 90_000, color: '#c92a2a', weight: 1, fillOpacity: 0.15, dashArray: e.geo_precision === 1 ? undefined : '4 4' })
        .bindTooltip(() => h('span', null, `${e.type} · ${names.get(e.place ?? '') ?? ''}`))
        .bindPopup(() => eventCard(e, names.get(e.place ?? '') ?? ''))
        .addTo(eventLayer);
    }
    // frame the events when there are any: that is where the story is; outlying capitals stay reachable by zooming out
    const frame = eventLayer.getLayers().length ? eventLayer : layer;
    if (frame.getLayers().length) m.fitBounds(frame.getBounds().pad(0.4), { maxZoom: 7 });
    (window as unknown as { __map?: L.Map }).__map = m;
    box.dataset['ready'] = '1';
  });
}
