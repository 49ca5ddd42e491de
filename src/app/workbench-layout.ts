/**
 * A deterministic force-directed layout for the actor graph, computed on the server so the browser only places nodes:
 * Fruchterman–Reingold, with repulsion summed over a Barnes–Hut quadtree (n log n per step instead of n²).
 * The same graph always gets the same picture (screenshots and pasted descriptions stay comparable).
 */

export interface LayoutNode {
  id: string;
  mentions: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

/** Barnes–Hut: a cell this far away (size / distance below THETA) pushes as one body at its centre of mass */
const THETA = 0.9;

interface Cell {
  x1: number;
  y1: number;
  size: number;
  mass: number;
  cx: number;
  cy: number;
  /** the one point in a leaf, -1 in an inner cell */
  point: number;
  kids: (Cell | null)[] | null;
}

/** Adds every pair's repulsion (K² / d) to fx, fy, with far groups of nodes approximated by their centre of mass. */
function repulse(x: Float64Array, y: Float64Array, fx: Float64Array, fy: Float64Array): void {
  const n = x.length;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < n; i++) {
    x1 = Math.min(x1, x[i]!);
    y1 = Math.min(y1, y[i]!);
    x2 = Math.max(x2, x[i]!);
    y2 = Math.max(y2, y[i]!);
  }
  const root: Cell = { x1, y1, size: Math.max(x2 - x1, y2 - y1, 1) + 1, mass: 0, cx: 0, cy: 0, point: -1, kids: null };
  const insert = (cell: Cell, i: number, depth: number): void => {
    cell.cx = (cell.cx * cell.mass + x[i]!) / (cell.mass + 1);
    cell.cy = (cell.cy * cell.mass + y[i]!) / (cell.mass + 1);
    cell.mass++;
    if (cell.mass === 1) {
      cell.point = i;
      return;
    }
    // coincident points stop splitting after a while and share the cell
    if (depth > 40) return;
    if (!cell.kids) {
      cell.kids = [null, null, null, null];
      const p = cell.point;
      cell.point = -1;
      if (p >= 0) place(cell, p, depth);
    }
    place(cell, i, depth);
  };
  const place = (cell: Cell, i: number, depth: number): void => {
    const half = cell.size / 2;
    const right = x[i]! >= cell.x1 + half ? 1 : 0;
    const down = y[i]! >= cell.y1 + half ? 1 : 0;
    const q = right + 2 * down;
    let kid = cell.kids![q];
    if (!kid) kid = cell.kids![q] = { x1: cell.x1 + right * half, y1: cell.y1 + down * half, size: half, mass: 0, cx: 0, cy: 0, point: -1, kids: null };
    insert(kid, i, depth + 1);
  };
  for (let i = 0; i < n; i++) insert(root, i, 0);
  const stack: Cell[] = [];
  for (let i = 0; i < n; i++) {
    stack.push(root);
    while (stack.length) {
      const c = stack.pop()!;
      if (c.point === i && !c.kids) continue;
      let vx = x[i]! - c.cx;
      let vy = y[i]! - c.cy;
      let d2 = vx * vx + vy * vy;
      if (c.kids && c.size * c.size > THETA * THETA * d2) {
        for (const k of c.kids) if (k) stack.push(k);
        continue;
      }
      if (d2 < 0.01) {
        // coincident: push apart along a direction fixed by the index, never a random one
        vx = Math.cos(i);
        vy = Math.sin(i);
        d2 = 1;
      }
      const f = (c.mass * K * K) / d2;
      fx[i]! += vx * f;
      fy[i]! += vy * f;
    }
  }
}

/** ideal distance between linked actors, in the graph's model units (Cytoscape pixels at zoom 1) */
const K = 70;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** One connected component: linked nodes pulled together, everything pushed apart. */
function forceLayout(given: LayoutNode[], edges: LayoutEdge[], opts: { iterations?: number }): Map<string, Point> {
  // a canonical order, so the picture depends on the graph and not on the order it was listed in
  const nodes = [...given].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = nodes.length;
  const index = new Map(nodes.map((x, i) => [x.id, i]));
  let links: [number, number][] = [];
  const degree = new Float64Array(n);
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    links.push([a, b]);
    degree[a]!++;
    degree[b]!++;
  }
  links = links.map(([a, b]) => (a < b ? [a, b] : [b, a]) as [number, number]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  // start on a sunflower spiral, best-connected first, so hubs begin in the middle and nothing coincides
  const order = [...nodes.keys()].sort((a, b) => degree[b]! - degree[a]! || nodes[b]!.mentions - nodes[a]!.mentions || (nodes[a]!.id < nodes[b]!.id ? -1 : 1));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  order.forEach((i, rank) => {
    const r = K * 0.9 * Math.sqrt(rank + 0.5);
    x[i] = r * Math.cos(rank * GOLDEN);
    y[i] = r * Math.sin(rank * GOLDEN);
  });
  const iterations = opts.iterations ?? (n <= 200 ? 200 : n <= 1000 ? 100 : 60);
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  let temp = K * Math.max(2, Math.sqrt(n) / 2);
  const cool = temp / (iterations + 1);
  for (let it = 0; it < iterations; it++) {
    fx.fill(0);
    fy.fill(0);
    repulse(x, y, fx, fy);
    // attraction along links: d² / K
    for (const [a, b] of links) {
      const vx = x[a]! - x[b]!;
      const vy = y[a]! - y[b]!;
      const d = Math.sqrt(vx * vx + vy * vy) || 0.01;
      const f = d / K;
      fx[a]! -= vx * f;
      fy[a]! -= vy * f;
      fx[b]! += vx * f;
      fy[b]! += vy * f;
    }
    for (let i = 0; i < n; i++) {
      // a weak pull to the centre keeps separate components from drifting apart
      fx[i]! -= x[i]! * 0.01;
      fy[i]! -= y[i]! * 0.01;
      const d = Math.sqrt(fx[i]! * fx[i]! + fy[i]! * fy[i]!);
      if (d === 0) continue;
      const step = Math.min(d, temp);
      x[i]! += (fx[i]! / d) * step;
      y[i]! += (fy[i]! / d) * step;
    }
    temp = Math.max(K / 20, temp - cool);
  }
  return new Map(nodes.map((node, i) => [node.id, { x: Math.round(x[i]!), y: Math.round(y[i]!) }]));
}

/** space left between packed components, in model units */
const GAP = K;

/**
 * Positions for every node. Each connected component is laid out on its own and the components are packed in rows,
 * largest first: laid out together, small components are pushed far away by the big one and the picture shrinks.
 */
export function layoutGraph(given: LayoutNode[], edges: LayoutEdge[], opts: { iterations?: number } = {}): Map<string, Point> {
  const nodes = [...given].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const e of edges) if (parent.has(e.source) && parent.has(e.target)) parent.set(root(e.source), root(e.target));
  const comps = new Map<string, { nodes: LayoutNode[]; edges: LayoutEdge[] }>();
  for (const n of nodes) {
    const r = root(n.id);
    (comps.get(r) ?? comps.set(r, { nodes: [], edges: [] }).get(r)!).nodes.push(n);
  }
  for (const e of edges) if (parent.has(e.source) && parent.has(e.target)) comps.get(root(e.source))!.edges.push(e);
  const laid = [...comps.values()]
    .map((c) => {
      const at = c.nodes.length === 1 ? new Map([[c.nodes[0]!.id, { x: 0, y: 0 }]]) : forceLayout(c.nodes, c.edges, opts);
      const ps = [...at.values()];
      const x1 = Math.min(...ps.map((p) => p.x));
      const y1 = Math.min(...ps.map((p) => p.y));
      return { at, x1, y1, w: Math.max(...ps.map((p) => p.x)) - x1, h: Math.max(...ps.map((p) => p.y)) - y1, size: c.nodes.length, first: c.nodes[0]!.id };
    })
    .sort((a, b) => b.size - a.size || (a.first < b.first ? -1 : 1));
  // rows about as wide as the largest component, or as the square root of the total area if that is wider
  const area = laid.reduce((s, c) => s + (c.w + GAP) * (c.h + GAP), 0);
  const rowWidth = Math.max(laid[0]?.w ?? 0, Math.sqrt(area));
  const out = new Map<string, Point>();
  let x = 0;
  let y = 0;
  let rowH = 0;
  for (const c of laid) {
    if (x > 0 && x + c.w > rowWidth) {
      x = 0;
      y += rowH + GAP;
      rowH = 0;
    }
    for (const [id, p] of c.at) out.set(id, { x: Math.round(p.x - c.x1 + x), y: Math.round(p.y - c.y1 + y) });
    x += c.w + GAP;
    rowH = Math.max(rowH, c.h);
  }
  return out;
}
