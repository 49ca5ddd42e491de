import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureExport } from './fixture.contract.js';
import { toGexf } from './gexf.js';
import { graphOf } from './graph-model.js';
import { toGraphml } from './graphml.js';
import { xmlEscape } from './xml-escape.js';

const PY = '/usr/bin/python3';
function hasNetworkx(): boolean {
  try {
    execFileSync(PY, ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const present = hasNetworkx();
if (!present && process.env['CI']) throw new Error(`${PY} lacks networkx: CI must install python3-networkx`);

// Loads a file with networkx and reports counts plus one node's and one edge's data, as JSON.
const READER = `
import json, sys, networkx as nx
g = (nx.read_gexf if sys.argv[1] == 'gexf' else nx.read_graphml)(sys.argv[2])
n = g.nodes[sys.argv[3]]
e = [d for _, _, d in g.edges(data=True) if d.get('stance') == 'allege' or d.get('dossier_id', '').endswith('/c2')]
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'node': {k: str(v) for k, v in n.items()}, 'edge': {k: str(v) for k, v in e[0].items()} if e else None, 'self_loops': nx.number_of_selfloops(g)}))
`;

const x = fixtureExport();
const dir = mkdtempSync(join(tmpdir(), 'dossier-graph-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graph model', () => {
  const { nodes, edges } = graphOf(x);
  it('has a node per actor and an edge per relation and per (speaker, about) pair', () => {
    expect(nodes).toHaveLength(x.entities.length);
    expect(edges.filter((e) => e.kind === 'relation')).toHaveLength(x.relations.length);
    // c1: 3 abouts, c2: self, c3: 1, c5: 1; c4 and c6 have no linked speaker.
    expect(edges.filter((e) => e.kind === 'claim')).toHaveLength(6);
  });
  it('gives actors the interval of the documents that mention them (impossible dates ignored)', () => {
    expect(nodes.find((n) => n.id === 'kb:taliban')).toMatchObject({ mentions: 3, start: '2024-09-04', end: '2024-10-31' });
    expect(nodes.find((n) => n.id === 'other:border')).toMatchObject({ mentions: 0, start: undefined, end: undefined });
    expect(edges.find((e) => e.dossierId === 'doc-aaaaaaaaaaa1/c1')).toMatchObject({ start: '2024-09-02', end: '2024-09-02', stance: 'assert' });
  });
});

describe('XML escaping', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<Ltd> "q" \'s\'', '&lt;Ltd&gt; &quot;q&quot; &apos;s&apos;'],
    ['bell\u0007 nul\u0000 tab\t', 'bell nul tab\t'],
    ['lone \uD800 surrogate 😀', 'lone  surrogate 😀'],
  ])('%j', (input, want) => expect(xmlEscape(input)).toBe(want));
  it('writes the hostile name escaped in both formats', () => {
    for (const text of [toGexf(x), toGraphml(x)]) {
      expect(text).toContain('Smith &amp; Sons &quot;Security&quot; &lt;Ltd&gt;');
      expect(text).not.toContain("\u0007");
    }
  });
});

describe.skipIf(!present)('networkx reads the files', () => {
  const read = (fmt: 'gexf' | 'graphml', text: string, node: string) => {
    const file = join(dir, `g.${fmt}`);
    writeFileSync(file, text);
    return JSON.parse(execFileSync(PY, ['-c', READER, fmt, file, node], { encoding: 'utf8' })) as Record<string, unknown>;
  };
  const { nodes, edges } = graphOf(x);

  it('GEXF: counts, attributes and time intervals', () => {
    const g = read('gexf', toGexf(x), 'kb:taliban');
    expect(g).toMatchObject({ nodes: nodes.length, edges: edges.length, self_loops: 1 });
    expect(g['node']).toMatchObject({ label: 'Taliban', type: 'GROUP', mentions: '3', start: '2024-09-04', end: '2024-10-31' });
    expect(g['edge']).toMatchObject({ kind: 'claim', stance: 'deny', type: 'denied' });
  });

  it('GraphML: counts and attributes', () => {
    const g = read('graphml', toGraphml(x), 'org:smith-sons-security-ltd');
    expect(g).toMatchObject({ nodes: nodes.length, edges: edges.length });
    expect(g['node']).toMatchObject({ label: 'Smith & Sons "Security" <Ltd>', type: 'ORG', mentions: '1' });
    expect(g['edge']).toMatchObject({ kind: 'claim', stance: 'deny' });
  });
});
