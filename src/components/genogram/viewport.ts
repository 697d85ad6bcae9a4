/**
 * Zoom and pan as arithmetic on the SVG `viewBox`: fitting the drawing, zooming about a point,
 * panning by a share of the view and centring on a person. Pure functions; the element writes the
 * result to the `viewBox` attribute (never an inline style, so a strict CSP holds).
 */
import type { LayoutBounds, Point } from '../../model/genogram/layout-types.js';

/** The visible part of the drawing, in SVG user units. */
export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The least width shown (most zoomed in), in user units: about two people across. */
const MIN_WIDTH = 120;

/** The drawing with a margin around it. */
export function fitBox(bounds: LayoutBounds, margin = 24): ViewBox {
  return {
    x: bounds.x - margin,
    y: bounds.y - margin,
    width: Math.max(bounds.width + margin * 2, MIN_WIDTH),
    height: Math.max(bounds.height + margin * 2, MIN_WIDTH / 2),
  };
}

/**
 * The view zoomed by `factor` (above 1 zooms in) about `at`, which stays where it is on screen.
 * Never closer than {@link MIN_WIDTH} nor further out than four times the fitted drawing.
 */
export function zoomBox(box: ViewBox, factor: number, at: Point, fitted: ViewBox): ViewBox {
  const maxWidth = Math.max(fitted.width, fitted.height * (box.width / box.height)) * 4;
  const width = Math.min(maxWidth, Math.max(MIN_WIDTH, box.width / factor));
  const scale = width / box.width;
  return {
    x: at.x - (at.x - box.x) * scale,
    y: at.y - (at.y - box.y) * scale,
    width,
    height: box.height * scale,
  };
}

/** The view moved by a share of its own size (`0.2` pans a fifth of the way). */
export function panBox(box: ViewBox, dx: number, dy: number): ViewBox {
  return { ...box, x: box.x + dx * box.width, y: box.y + dy * box.height };
}

/** The same zoom, centred on `point`. */
export function centreBox(box: ViewBox, point: Point): ViewBox {
  return { ...box, x: point.x - box.width / 2, y: point.y - box.height / 2 };
}

/** The view moved as little as possible so that a box of `size` around `point` is inside it. */
export function revealBox(box: ViewBox, point: Point, size: number): ViewBox {
  const half = size / 2 + 8;
  const x = Math.min(Math.max(box.x, point.x + half - box.width), point.x - half);
  const y = Math.min(Math.max(box.y, point.y + half - box.height), point.y - half);
  return x === box.x && y === box.y ? box : { ...box, x, y };
}

/** The `viewBox` attribute value. */
export function viewBoxAttribute(box: ViewBox): string {
  const r = (n: number) => Math.round(n * 100) / 100;
  return `${r(box.x)} ${r(box.y)} ${r(box.width)} ${r(box.height)}`;
}

/** How far out a view is: `far` (labels too small to read), `mid` (names only) or `near`. */
export type ZoomLevel = 'far' | 'mid' | 'near';

/** The zoom level of `box` drawn in a `screen`-sized SVG (scaled to fit, as `meet` does). */
export function zoomLevel(box: ViewBox, screen: { width: number; height: number }): ZoomLevel {
  const scale = Math.min(screen.width / box.width, screen.height / box.height);
  return scale < 0.45 ? 'far' : scale < 0.75 ? 'mid' : 'near';
}

/** Keeps a drag going outside the drawing (a synthetic pointer has nothing to capture). */
function capture(svg: SVGSVGElement, pointerId: number): void {
  try {
    svg.setPointerCapture(pointerId);
  } catch {
    // Not an active pointer: nothing to keep.
  }
}

/** How long a wheel or pinch gesture may pause before its view is drawn afresh. */
const SETTLE_MS = 150;

/**
 * The view of one SVG drawing: discrete steps (buttons, keys, focusing a person) change the
 * `viewBox` at once; continuous gestures (wheel, drag, pinch) move the drawing already painted
 * with a compositor transform, written to a constructed stylesheet (never a `style` attribute),
 * and draw it afresh at the new `viewBox` when the gesture ends. A frame of a gesture costs no
 * repaint however large the family.
 */
export class DiagramViewport {
  /** The view drawn (or being drawn, during a gesture). */
  box?: ViewBox;
  /** The whole drawing with a margin. */
  fitted?: ViewBox;
  /** How far the pointer has moved since it went down (a click moves less than 6 pixels). */
  dragged = 0;
  private committed?: ViewBox;
  private screen = { width: 1000, height: 480 };
  private readonly pointers = new Map<number, Point>();
  private frame = 0;
  private settle = 0;
  private observed?: SVGSVGElement;
  private readonly resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          const box = entries[entries.length - 1]?.contentRect;
          if (box && box.width > 0 && box.height > 0) {
            this.screen = { width: box.width, height: box.height };
            this.mark();
          }
        })
      : undefined;

  /**
   * @param svg the drawing's `<svg>` element, when rendered.
   * @param sheet a stylesheet adopted by the shadow root, for the gesture transform.
   * @param onLevel called when the zoom level changes (labels appear or go).
   */
  constructor(
    private readonly svg: () => SVGSVGElement | null,
    private readonly sheet: CSSStyleSheet | undefined,
    private readonly onLevel: (level: ZoomLevel) => void,
  ) {}

  /** Fits a new drawing; with `keep`, the view stays where it is (an edit to the same family). */
  show(bounds: LayoutBounds, keep: boolean): void {
    this.fitted = fitBox(bounds);
    if (!keep || !this.box) this.box = this.committed = this.fitted;
  }

  /** The `viewBox` attribute for rendering. */
  get attribute(): string {
    return viewBoxAttribute(this.committed ?? this.box ?? { x: 0, y: 0, width: 1, height: 1 });
  }

  /** The zoom level for rendering. */
  get level(): ZoomLevel {
    return zoomLevel(
      this.committed ?? this.box ?? { x: 0, y: 0, width: 1, height: 1 },
      this.screen,
    );
  }

  /** Shows `box` now: a new `viewBox`, no transform. */
  set(box: ViewBox): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.settle);
    this.frame = this.settle = 0;
    this.box = this.committed = box;
    const svg = this.svg();
    if (!svg) return;
    svg.setAttribute('viewBox', viewBoxAttribute(box));
    this.sheet?.replaceSync('');
    this.mark();
  }

  /**
   * Watches the rendered drawing's size (after each render: the `<svg>` may be a new one). The
   * size arrives from a ResizeObserver after layout, so measuring never forces a layout.
   */
  update(): void {
    const svg = this.svg();
    if (svg === this.observed) return;
    if (this.observed) this.resize?.unobserve(this.observed);
    this.observed = svg ?? undefined;
    if (svg) this.resize?.observe(svg);
  }

  /** Stops watching (the element left the page). */
  disconnect(): void {
    this.resize?.disconnect();
    this.observed = undefined;
  }

  zoom(factor: number, at?: Point, gesture = false): void {
    const box = this.box;
    if (!box || !this.fitted) return;
    const centre = at ?? { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    this.move(zoomBox(box, factor, centre, this.fitted), gesture);
  }

  pan(dx: number, dy: number): void {
    if (this.box) this.set(panBox(this.box, dx, dy));
  }

  fit(): void {
    if (this.fitted) this.set(this.fitted);
  }

  centre(point: Point): void {
    if (this.box) this.set(centreBox(this.box, point));
  }

  reveal(point: Point, size: number): void {
    if (!this.box) return;
    const box = revealBox(this.box, point, size);
    if (box !== this.box) this.set(box);
  }

  /** A point on screen in the drawing's units. */
  toDiagram(clientX: number, clientY: number): Point | undefined {
    const matrix = this.svg()?.getScreenCTM()?.inverse();
    if (!matrix) return undefined;
    const p = new DOMPoint(clientX, clientY).matrixTransform(matrix);
    return { x: p.x, y: p.y };
  }

  // Gestures -----------------------------------------------------------------------------------

  readonly onWheel = (event: WheelEvent): void => {
    // Plain wheel scrolls the page; Ctrl or ⌘ (and a trackpad pinch) zooms at the pointer.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.zoom(Math.exp(-event.deltaY * 0.002), this.toDiagram(event.clientX, event.clientY), true);
    clearTimeout(this.settle);
    this.settle = window.setTimeout(() => this.commit(), SETTLE_MS);
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    if (this.pointers.size === 0) this.dragged = 0;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const last = this.pointers.get(event.pointerId);
    const svg = this.svg();
    const box = this.box;
    if (!last || !svg || !box) return;
    const now = { x: event.clientX, y: event.clientY };
    if (this.pointers.size === 1) {
      this.dragged += Math.hypot(now.x - last.x, now.y - last.y);
      if (this.dragged > 6) {
        if (!svg.hasPointerCapture(event.pointerId)) capture(svg, event.pointerId);
        const scale = Math.max(box.width / this.screen.width, box.height / this.screen.height);
        const x = box.x - (now.x - last.x) * scale;
        this.move({ ...box, x, y: box.y - (now.y - last.y) * scale }, true);
      }
    } else if (this.pointers.size === 2) {
      const other = [...this.pointers].find(([id]) => id !== event.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(last.x - other.x, last.y - other.y);
        const after = Math.hypot(now.x - other.x, now.y - other.y);
        this.dragged = 7;
        const mid = { x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 };
        if (before > 0) this.zoom(after / before, this.toDiagram(mid.x, mid.y), true);
      }
    }
    this.pointers.set(event.pointerId, now);
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    if (this.pointers.size === 0 && this.box !== this.committed) this.commit();
  };

  /** Draws the gesture's view afresh at its `viewBox`. */
  commit(): void {
    if (this.box) this.set(this.box);
  }

  private move(box: ViewBox, gesture: boolean): void {
    if (!gesture || !this.sheet || !this.committed) {
      this.set(box);
      return;
    }
    this.box = box;
    // One transform per frame, however many events arrive in it.
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        const from = this.committed;
        const to = this.box;
        if (from && to) this.sheet?.replaceSync(`.diagram{transform:${this.matrix(from, to)}}`);
      });
    }
  }

  /** The CSS transform that shows `to` with the drawing painted for `from`. */
  private matrix(from: ViewBox, to: ViewBox): string {
    const k = Math.min(this.screen.width / from.width, this.screen.height / from.height);
    const a = from.width / to.width;
    const ox = (this.screen.width - from.width * k) / 2;
    const oy = (this.screen.height - from.height * k) / 2;
    const cx = ox * (1 - a) + k * a * (from.x - to.x);
    const cy = oy * (1 - a) + k * a * (from.y - to.y);
    const r = (n: number) => Math.round(n * 1000) / 1000;
    return `matrix(${r(a)},0,0,${r(a)},${r(cx)},${r(cy)})`;
  }

  /** Marks the zoom level on the drawing, and says so when it changes. */
  private mark(): void {
    const svg = this.svg();
    const level = this.level;
    if (!svg || svg.getAttribute('data-zoom') === level) return;
    svg.setAttribute('data-zoom', level);
    this.onLevel(level);
  }
}
