/**
 * Links of a large graph, drawn on our own canvas under Cytoscape's: one stroked path per kind of link instead of one
 * Cytoscape element each. Cytoscape spends tens of microseconds per element per frame (bounds, style, one stroke); with
 * thousands of links that was most of every frame, and of the first one. Links here are not clickable (they were not
 * before either); nodes stay Cytoscape elements with everything that goes with them.
 */
import type { Core } from 'cytoscape';

export interface LayerEdge {
  source: string;
  target: string;
  basis: 'alleged' | 'reported';
  /** credibility digit, 6 when unrated */
  cred: number;
}

/** alleged links orange and dashed, reported ones grey; weakly rated ones lighter (colours pre-blended, no alpha) */
const KINDS = [
  { alleged: false, weak: false, colour: '#a9b0bd', dash: [] as number[] },
  { alleged: false, weak: true, colour: '#d3d7de', dash: [] },
  { alleged: true, weak: false, colour: '#f0a070', dash: [5, 3] },
  { alleged: true, weak: true, colour: '#f6c9ac', dash: [5, 3] },
];

/** Cytoscape's own flags for a drag, a wheel zoom or a pinch in progress (the ones its textureOnViewport obeys). */
interface RendererFlags {
  hoverData?: { dragging?: boolean };
  swipePanning?: boolean;
  pinching?: boolean;
  data?: { wheelZooming?: boolean };
}

export class EdgeLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  /** the last full drawing and the viewport it was drawn at: moved and scaled while the user pans or zooms */
  private readonly still = document.createElement('canvas');
  private stillAt: { zoom: number; x: number; y: number } | null = null;
  private readonly edges = new Map<string, LayerEdge>();

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'edge-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.prepend(this.canvas);
    this.ctx = this.canvas.getContext('2d')!;
    // Cytoscape renders in its own animation frame and then emits `render`: drawing here keeps both in the same frame
    cy.on('render', () => this.draw());
  }

  add(id: string, e: LayerEdge): void {
    this.edges.set(id, e);
  }

  delete(id: string): void {
    this.edges.delete(id);
  }

  has(id: string): boolean {
    return this.edges.has(id);
  }

  get size(): number {
    return this.edges.size;
  }

  private moving(): boolean {
    const r = (this.cy as unknown as { renderer(): RendererFlags }).renderer();
    return Boolean(r.hoverData?.dragging || r.swipePanning || r.pinching || r.data?.wheelZooming);
  }

  draw(): void {
    const { canvas, ctx, cy } = this;
    const box = cy.container()!;
    const w = box.clientWidth;
    const hgt = box.clientHeight;
    if (canvas.width !== w || canvas.height !== hgt) {
      canvas.width = w;
      canvas.height = hgt;
      this.stillAt = null;
    }
    const zoom = cy.zoom();
    const pan = cy.pan();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, hgt);
    if (this.edges.size === 0) return;
    // while the viewport moves under the user's hand, Cytoscape moves a picture of the nodes; the links do the same
    if (this.stillAt && this.moving()) {
      const s = zoom / this.stillAt.zoom;
      ctx.drawImage(this.still, pan.x - this.stillAt.x * s, pan.y - this.stillAt.y * s, w * s, hgt * s);
      return;
    }
    const at = new Map<string, { x: number; y: number }>();
    for (const n of cy.nodes()) if (n.visible()) at.set(n.id(), n.position());
    // only links with an end on screen (or crossing it) are stroked
    const x1 = -pan.x / zoom;
    const y1 = -pan.y / zoom;
    const x2 = x1 + w / zoom;
    const y2 = y1 + hgt / zoom;
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    ctx.lineWidth = 1 / zoom;
    for (const k of KINDS) {
      ctx.beginPath();
      let any = false;
      for (const e of this.edges.values()) {
        if ((e.basis === 'alleged') !== k.alleged || (e.cred >= 5) !== k.weak) continue;
        const a = at.get(e.source);
        const b = at.get(e.target);
        if (!a || !b) continue;
        if (Math.max(a.x, b.x) < x1 || Math.min(a.x, b.x) > x2 || Math.max(a.y, b.y) < y1 || Math.min(a.y, b.y) > y2) continue;
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        any = true;
      }
      if (!any) continue;
      ctx.strokeStyle = k.colour;
      ctx.setLineDash(k.dash.map((d) => d / zoom));
      ctx.stroke();
    }
    this.still.width = w;
    this.still.height = hgt;
    this.still.getContext('2d')!.drawImage(canvas, 0, 0);
    this.stillAt = { zoom, x: pan.x, y: pan.y };
  }
}
