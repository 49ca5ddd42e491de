/**
 * Country rings that cross the antimeridian jump from +180 to -180; drawn as they are, they streak across the map.
 * We unwrap each ring to continuous longitudes, then clip it into the [-180, 180] strip, shifting the overhang back.
 */
export type Ring = [number, number][];

/** Makes longitudes continuous: a jump of more than 180° is a crossing, not a real edge. */
export function unwrap(ring: Ring): Ring {
  const out: Ring = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i]!;
    if (i > 0) {
      const prev = ring[i - 1]![0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

/** Sutherland–Hodgman against one vertical line: keeps the side where `inside(lon)` holds. */
function clipAt(ring: Ring, x: number, keepLeft: boolean): Ring {
  const inside = (p: [number, number]) => (keepLeft ? p[0] <= x : p[0] >= x);
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i]!;
    const prev = ring[(i + ring.length - 1) % ring.length]!;
    const cross = (): [number, number] => [x, prev[1] + ((cur[1] - prev[1]) * (x - prev[0])) / (cur[0] - prev[0])];
    if (inside(cur)) {
      if (!inside(prev)) out.push(cross());
      out.push(cur);
    } else if (inside(prev)) out.push(cross());
  }
  return out;
}

/** One ring in, one or more rings out, all within [-180, 180]. */
export function splitRing(ring: Ring): Ring[] {
  const u = unwrap(ring);
  // a ring round a pole (Antarctica) ends a full turn from where it began: its seam edge is real, keep it
  if (Math.abs(u[u.length - 1]![0] - u[0]![0]) > 180) return [ring];
  const lons = u.map((p) => p[0]);
  const min = Math.min(...lons);
  const max = Math.max(...lons);
  if (min >= -180 && max <= 180) return [ring];
  const parts: Ring[] = [];
  for (const k of [-360, 0, 360]) {
    const shifted = u.map(([lon, lat]): [number, number] => [lon + k, lat]);
    const part = clipAt(clipAt(shifted, 180, true), -180, false);
    if (part.length >= 3) parts.push(part);
  }
  return parts;
}

type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] } | { type: string; coordinates?: unknown };

/** Rewrites a (Multi)Polygon so no ring crosses the antimeridian; holes are kept with the piece they fall in. */
export function clipGeometry(g: Geometry): Geometry {
  const polys: Ring[][] = g.type === 'Polygon' ? [g.coordinates as Ring[]] : g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : [];
  if (!polys.length) return g;
  const out: Ring[][] = [];
  for (const [outer, ...holes] of polys) {
    if (!outer) continue;
    const pieces = splitRing(outer);
    if (pieces.length === 1 && pieces[0] === outer) out.push([outer, ...holes]);
    else out.push(...pieces.map((p) => [p]));
  }
  return { type: 'MultiPolygon', coordinates: out };
}
