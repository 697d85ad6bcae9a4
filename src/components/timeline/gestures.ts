/**
 * Pointer and wheel gestures on the drawing: drag to move in time, pinch with two pointers (or
 * Ctrl / ⌘ with the wheel, as trackpads send a pinch) to zoom at the pointer, a sideways scroll or
 * Shift with the wheel to move, double-click to zoom in. The plain vertical wheel is left to the
 * page, so the drawing never traps scrolling. Changes are applied at most once per animation
 * frame. Every gesture has a button or a key too: nothing needs a drag (WCAG 2.5.7).
 */
import type { TimeScale } from '../../model/timeline/index.js';

/** Pixels a pointer moves before a press becomes a drag (and no longer a click). */
const DRAG_THRESHOLD_PX = 4;

/** Turns pointer and wheel events on the drawing into new time scales. */
export class PanZoomGestures {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private pending: TimeScale | undefined;
  private frame = 0;
  private fallback: ReturnType<typeof setTimeout> | undefined;
  /** The last press became a drag: the click that ends it is not a click on an entry. */
  dragged = false;

  /**
   * @param scaleOf the scale drawn now.
   * @param apply shows a new scale (the element renders it).
   */
  constructor(
    private readonly scaleOf: () => TimeScale | undefined,
    private readonly apply: (next: TimeScale) => void,
  ) {}

  /** Stops a pending frame (the element left the page). */
  cancel(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.fallback);
    this.frame = 0;
    this.pending = undefined;
    this.pointers.clear();
  }

  /** A change applied now (buttons, keys) replaces any pending one. */
  settle(): void {
    this.pending = undefined;
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.dragged = false;
    const target = event.currentTarget as Element | null;
    try {
      target?.setPointerCapture?.(event.pointerId);
    } catch {
      // A synthetic pointer cannot be captured; the gesture still works while over the drawing.
    }
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const previous = this.pointers.get(event.pointerId);
    const base = this.pending ?? this.scaleOf();
    if (!previous || !base) return;
    const left = (event.currentTarget as Element).getBoundingClientRect().left;
    if (this.pointers.size >= 2) {
      // Pinch: the distance between two pointers sets the zoom, about their midpoint.
      const other = [...this.pointers].find(([id]) => id !== event.pointerId)?.[1];
      if (!other) return;
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (before > 0 && after > 0) {
        this.dragged = true;
        this.schedule(base.zoomAt(after / before, (event.clientX + other.x) / 2 - left));
      }
      return;
    }
    const dx = event.clientX - previous.x;
    if (!this.dragged && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    this.dragged = true;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.schedule(base.panBy(-dx));
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
  };

  readonly onWheel = (event: WheelEvent): void => {
    const base = this.pending ?? this.scaleOf();
    if (!base) return;
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? base.width : 1;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      const x = event.clientX - (event.currentTarget as Element).getBoundingClientRect().left;
      this.schedule(base.zoomAt(Math.exp((-event.deltaY * unit) / 300), x));
    } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      const delta = event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX;
      this.schedule(base.panBy(delta * unit));
    }
  };

  readonly onDoubleClick = (event: MouseEvent): void => {
    const base = this.scaleOf();
    if (!base || (event.target as Element).closest('[data-key]')) return;
    const x = event.clientX - (event.currentTarget as Element).getBoundingClientRect().left;
    this.settle();
    this.apply(base.zoomAt(2, x));
  };

  /** Applies the latest scale at the next animation frame (or soon, where frames are paused). */
  private schedule(next: TimeScale): void {
    this.pending = next;
    if (this.frame) return;
    const flush = () => {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.fallback);
      this.frame = 0;
      const pending = this.pending;
      this.pending = undefined;
      if (pending) this.apply(pending);
    };
    this.frame = requestAnimationFrame(flush);
    // A page in a background tab gets no frames: the change still lands.
    this.fallback = setTimeout(flush, 100);
  }
}
