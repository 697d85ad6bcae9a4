/**
 * The drawing's exports, made in the browser with no request to anywhere: a standalone SVG file
 * (colours written as presentation attributes, never `style`), and a PNG drawn onto a canvas by a
 * small rasteriser of that SVG (no image is loaded, so a strict `img-src` policy does not block
 * it). Files are saved through temporary object URLs. The CSV export is in `csv.ts`.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed styles copied onto the export as presentation attributes. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
] as const;
const FONT = ['font-family', 'font-size', 'font-weight'] as const;

/** Attributes that only make sense on the live, interactive drawing. */
const LIVE_ONLY = [
  'tabindex',
  'role',
  'aria-haspopup',
  'aria-describedby',
  'data-key',
  'class',
  'part',
];

/** A text label drawn left of the drawing in the export (the lane names live in HTML on screen). */
export interface ExportLabel {
  readonly text: string;
  /** Its baseline, in the drawing's coordinates. */
  readonly y: number;
}

/**
 * A standalone SVG document of `source` as it is drawn: computed colours and fonts written as
 * attributes, hidden parts left out, interactive attributes removed, `labels` drawn in a column
 * of `labelWidth` pixels on the left and a background behind everything.
 */
export function standaloneSvg(
  source: SVGSVGElement,
  options: {
    title: string;
    labels: readonly ExportLabel[];
    labelWidth: number;
    background: string;
  },
): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const copy = (from: Element, to: Element) => {
    const style = getComputedStyle(from);
    for (const name of from.localName === 'text' ? [...PAINT, ...FONT] : PAINT) {
      const value = style.getPropertyValue(name);
      if (value) to.setAttribute(name, value);
    }
    for (const name of LIVE_ONLY) to.removeAttribute(name);
    const fromChildren = [...from.children];
    [...to.children].forEach((child, i) => {
      const original = fromChildren[i];
      if (!original) return;
      if (getComputedStyle(original).display === 'none') child.remove();
      else copy(original, child);
    });
  };
  copy(source, clone);
  const width = Number(source.getAttribute('width')) || 1;
  const height = Number(source.getAttribute('height')) || 1;
  const total = width + options.labelWidth;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(total));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `${-options.labelWidth} 0 ${total} ${height}`);
  clone.setAttribute('role', 'img');
  clone.setAttribute('aria-label', options.title);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({
    x: -options.labelWidth,
    y: 0,
    width: total,
    height,
    fill: options.background,
  })) {
    background.setAttribute(k, String(v));
  }
  const labels = document.createElementNS(SVG_NS, 'g');
  const font = getComputedStyle(source).getPropertyValue('font-family');
  for (const label of options.labels) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(-options.labelWidth + 6));
    text.setAttribute('y', String(label.y));
    text.setAttribute('font-size', '12px');
    text.setAttribute('font-family', font);
    text.setAttribute('fill', '#0b0c0c');
    text.textContent = label.text;
    labels.append(text);
  }
  clone.prepend(title, background, labels);
  return clone;
}

/** The SVG element as the text of an `.svg` file. */
export function serialiseSvg(element: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(element)}`;
}

function number(element: Element, name: string, fallback = 0): number {
  const value = Number.parseFloat(element.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : fallback;
}

function paint(ctx: CanvasRenderingContext2D, element: Element, path: Path2D | undefined): void {
  const fill = element.getAttribute('fill');
  const stroke = element.getAttribute('stroke');
  const opacity = number(element, 'opacity', 1);
  if (path && fill && fill !== 'none' && !fill.startsWith('url')) {
    ctx.globalAlpha = opacity * number(element, 'fill-opacity', 1);
    ctx.fillStyle = fill;
    ctx.fill(path);
  }
  if (path && stroke && stroke !== 'none') {
    const width = number(element, 'stroke-width', 1);
    if (width > 0) {
      ctx.globalAlpha = opacity * number(element, 'stroke-opacity', 1);
      ctx.strokeStyle = stroke;
      ctx.lineWidth = width;
      const dash = (element.getAttribute('stroke-dasharray') ?? '')
        .split(/[\s,]+/)
        .map(Number.parseFloat)
        .filter((n) => Number.isFinite(n) && n > 0);
      ctx.setLineDash(dash);
      ctx.stroke(path);
      ctx.setLineDash([]);
    }
  }
  ctx.globalAlpha = 1;
}

function shapePath(element: Element): Path2D | undefined {
  const path = new Path2D();
  switch (element.localName) {
    case 'rect': {
      const x = number(element, 'x');
      const y = number(element, 'y');
      const w = number(element, 'width');
      const h = number(element, 'height');
      const r = Math.min(number(element, 'rx'), w / 2, h / 2);
      if (r > 0) path.roundRect(x, y, w, h, r);
      else path.rect(x, y, w, h);
      return path;
    }
    case 'circle':
      path.arc(number(element, 'cx'), number(element, 'cy'), number(element, 'r'), 0, Math.PI * 2);
      return path;
    case 'line':
      path.moveTo(number(element, 'x1'), number(element, 'y1'));
      path.lineTo(number(element, 'x2'), number(element, 'y2'));
      return path;
    case 'path':
      return new Path2D(element.getAttribute('d') ?? '');
    default:
      return undefined;
  }
}

function draw(ctx: CanvasRenderingContext2D, element: Element): void {
  const name = element.localName;
  if (name === 'defs' || name === 'title' || name === 'mask') return;
  ctx.save();
  const translate = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/.exec(
    element.getAttribute('transform') ?? '',
  );
  if (translate) ctx.translate(Number(translate[1]), Number(translate[2]));
  if (name === 'text') {
    const size = element.getAttribute('font-size') ?? '12px';
    const weight = element.getAttribute('font-weight') ?? '400';
    ctx.font = `${weight} ${size} ${element.getAttribute('font-family') ?? 'sans-serif'}`;
    const anchor = element.getAttribute('text-anchor');
    ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left';
    ctx.fillStyle = element.getAttribute('fill') ?? '#000';
    ctx.globalAlpha = number(element, 'opacity', 1);
    ctx.fillText(element.textContent ?? '', number(element, 'x'), number(element, 'y'));
  } else {
    // An open period fades out: its mask is drawn as a lighter fill.
    if (element.getAttribute('mask')) ctx.globalAlpha = 0.7;
    paint(ctx, element, shapePath(element));
    for (const child of element.children) draw(ctx, child);
  }
  ctx.restore();
}

/**
 * Draws a standalone SVG (from {@link standaloneSvg}) onto a canvas, `pixelRatio` times its size,
 * and encodes it as PNG. Understands what the timeline draws: rectangles, circles, lines, paths,
 * text and translated groups.
 */
export function rasterise(svgElement: SVGSVGElement, pixelRatio = 2): Promise<Blob> {
  const [minX = 0, minY = 0, width = 1, height = 1] = (svgElement.getAttribute('viewBox') ?? '')
    .split(/\s+/)
    .map(Number);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(width * pixelRatio));
  canvas.height = Math.max(1, Math.ceil(height * pixelRatio));
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('Canvas 2D is not available'));
  ctx.scale(pixelRatio, pixelRatio);
  ctx.translate(-minX, -minY);
  for (const child of svgElement.children) draw(ctx, child);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** Saves a blob as a file through a temporary object URL (nothing leaves the browser). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
