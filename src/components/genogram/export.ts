/**
 * Exports made in the browser, with no network request: the drawing and its legend as a
 * standalone SVG document, the same drawn on a canvas as PNG, and a download through an
 * `<a download>` with an object URL.
 */
import { render, svg, type SVGTemplateResult } from 'lit';
import type { LayoutBounds } from '../../model/genogram/layout-types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One legend row: a small drawing (48 by 24) and its words. */
export interface LegendRow {
  readonly sample: SVGTemplateResult;
  readonly label: string;
}

/**
 * A standalone SVG document: white paper, the drawing, and the legend under it. Presentation
 * attributes only (no `style`), and nothing only the live element needs (roles, focus, Lit's
 * markers, classes).
 */
export function svgDocument(
  drawing: SVGTemplateResult,
  bounds: LayoutBounds,
  legendTitle: string,
  legend: readonly LegendRow[],
): string {
  const margin = 24;
  const { x, y } = bounds;
  const width = Math.max(bounds.width + margin * 2, 360);
  const height = bounds.height + margin * 3 + 24 + legend.length * 24;
  const out = document.createElementNS(SVG_NS, 'svg');
  const view = `${x - margin} ${y - margin} ${width} ${height}`;
  render(
    svg`<rect x=${x - margin} y=${y - margin} width=${width} height=${height} fill="#ffffff" />
      <g>${drawing}</g>
      <g transform=${`translate(${x} ${y + bounds.height + margin})`}>
        <text y="16" font-size="14" font-weight="bold" fill="currentColor">${legendTitle}</text>
        ${legend.map(
          (row, i) =>
            svg`<g transform=${`translate(0 ${24 + i * 24})`}>${row.sample}<text x="56" y="16" font-size="12" fill="currentColor" stroke="none">${row.label}</text></g>`,
        )}
      </g>`,
    out,
  );
  const attributes = {
    viewBox: view,
    width,
    height,
    color: '#0b0c0c',
    'font-family': 'Arial, Helvetica, sans-serif',
  };
  for (const [name, value] of Object.entries(attributes)) out.setAttribute(name, String(value));
  cleanForExport(out);
  return new XMLSerializer().serializeToString(out);
}

/** Removes what only the live element needs: focus, roles, data, classes, Lit's markers. */
function cleanForExport(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) {
      if (/^(tabindex|role|aria-|data-|class$)/.test(name)) element.removeAttribute(name);
    }
  }
}

/**
 * An SVG document drawn on a canvas as PNG, locally, through a `blob:` URL (under a
 * Content-Security-Policy the host allows `img-src blob:`). `scale` is the pixel density; very
 * large drawings are scaled down to what a browser's canvas can hold.
 */
export async function svgToPng(text: string, scale: number): Promise<Blob> {
  const match = /width="([\d.]+)" height="([\d.]+)"/.exec(text);
  const width = Number(match?.[1] ?? 1);
  const height = Number(match?.[2] ?? 1);
  const fit = Math.min(scale, 16_000 / width, 16_000 / height, Math.sqrt(1.2e8 / (width * height)));
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * fit));
    canvas.height = Math.max(1, Math.round(height * fit));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('practice-genogram: no 2D canvas to draw the PNG on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('practice-genogram: PNG export failed')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file through an `<a download>` and an object URL. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started by the next task; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url));
}
