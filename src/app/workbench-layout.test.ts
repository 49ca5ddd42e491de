import { describe, expect, it } from 'vitest';
import { layoutGraph, type LayoutEdge, type LayoutNode } from './workbench-layout.js';

/** Two dense clusters joined by one link, plus an actor with no links at all. */
function twoClusters(): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  for (const c of ['a', 'b']) {
    for (let i = 0; i < 12; i++) nodes.push({ id: `${c}${i}`, mentions: 12 - i });
    for (let i = 0; i < 12; i++) for (let j = i + 1; j < 12; j++) if ((i + j) % 3 === 0) edges.push({ source: `${c}${i}`, target: `${c}${j}` });
    for (let i = 1; i < 12; i++) edges.push({ source: `${c}0`, target: `${c}${i}` });
  }
  edges.push({ source: 'a0', target: 'b0' });
  nodes.push({ id: 'loner', mentions: 1 });
  return { nodes, edges };
}

const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('layoutGraph', () => {
  it('places every node, the same way every time', () => {
    const { nodes, edges } = twoClusters();
    const a = layoutGraph(nodes, edges);
    const b = layoutGraph([...nodes].reverse(), [...edges].reverse());
    expect(a.size).toBe(nodes.length);
    for (const n of nodes) {
      expect(Number.isFinite(a.get(n.id)!.x) && Number.isFinite(a.get(n.id)!.y)).toBe(true);
      expect(b.get(n.id)).toEqual(a.get(n.id));
    }
  });

  it('keeps a cluster together and apart from the other one, with no two actors on one spot', () => {
    const { nodes, edges } = twoClusters();
    const at = layoutGraph(nodes, edges);
    const centre = (c: string) => {
      const ps = nodes.filter((n) => n.id.startsWith(c) && n.id !== 'loner').map((n) => at.get(n.id)!);
      return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
    };
    const spread = (c: string) => Math.max(...nodes.filter((n) => n.id.startsWith(c) && n.id !== 'loner').map((n) => dist(at.get(n.id)!, centre(c))));
    expect(dist(centre('a'), centre('b'))).toBeGreaterThan(Math.max(spread('a'), spread('b')));
    const ps = [...at.values()];
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) expect(dist(ps[i]!, ps[j]!)).toBeGreaterThan(5);
  });

  it('packs separate components next to each other instead of pushing them far away', () => {
    const { nodes, edges } = twoClusters();
    nodes.push({ id: 'p1', mentions: 1 }, { id: 'p2', mentions: 1 });
    edges.push({ source: 'p1', target: 'p2' });
    const at = layoutGraph(nodes, edges);
    const ps = [...at.values()];
    const width = Math.max(...ps.map((p) => p.x)) - Math.min(...ps.map((p) => p.x));
    const height = Math.max(...ps.map((p) => p.y)) - Math.min(...ps.map((p) => p.y));
    const main = nodes.filter((n) => /^[ab]\d/.test(n.id)).map((n) => at.get(n.id)!);
    const mainW = Math.max(...main.map((p) => p.x)) - Math.min(...main.map((p) => p.x));
    const mainH = Math.max(...main.map((p) => p.y)) - Math.min(...main.map((p) => p.y));
    expect(width * height).toBeLessThan(3 * mainW * mainH);
    expect(dist(at.get('p1')!, at.get('p2')!)).toBeLessThan(3 * 70);
  });

  it('ignores links to actors it was not given and links from an actor to itself', () => {
    const at = layoutGraph([{ id: 'x', mentions: 1 }, { id: 'y', mentions: 1 }], [{ source: 'x', target: 'ghost' }, { source: 'x', target: 'x' }, { source: 'x', target: 'y' }]);
    expect([...at.keys()].sort()).toEqual(['x', 'y']);
    expect(dist(at.get('x')!, at.get('y')!)).toBeGreaterThan(5);
  });
});
