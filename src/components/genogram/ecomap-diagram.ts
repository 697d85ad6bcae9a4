/**
 * The ecomap drawing: the child (or family) at the centre, people, services and professionals
 * around, joined by strong (thick), weak (dashed) or stressful (zigzag) links. Same rules as the
 * genogram drawing: presentation attributes, no colour-only meaning, a few elements per node.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Localiser } from '../../i18n/localiser.js';
import type {
  EcomapLayout,
  EcomapStrength,
  Point,
  SymbolShape,
} from '../../model/genogram/layout-types.js';
import { symbolPath } from './diagram.js';
import { lineD, zigzagD } from './notation.js';
import type { FocusKey } from './navigation.js';

/** One ecomap node as drawn. */
export interface EcomapNodeView {
  readonly id: string;
  readonly key: FocusKey;
  readonly kind: 'person' | 'agency' | 'professional';
  readonly x: number;
  readonly y: number;
  readonly name: string;
  readonly label: string;
  /** The genogram symbol for a person (square, circle, diamond), or a service's. */
  readonly symbol: SymbolShape | 'agency' | 'professional';
}

/** The `d` and stroke of a link by strength. */
export function ecomapLinkD(
  path: readonly Point[],
  strength: EcomapStrength,
): { d: string; width: number; dash?: string } {
  if (strength === 'stressful') return { d: zigzagD(path, 4, 7), width: 1.5 };
  if (strength === 'weak') return { d: lineD(path), width: 1.5, dash: '7 5' };
  return { d: lineD(path), width: 4 };
}

/** Links, then nodes (focusable; people are selectable). */
export function renderEcomap(
  layout: EcomapLayout,
  nodes: readonly EcomapNodeView[],
  focus: FocusKey | undefined,
  selection: string | undefined,
): SVGTemplateResult {
  return svg`<g class="links" fill="none" stroke="currentColor" aria-hidden="true">
      ${layout.links.map((link) => {
        const { d, width, dash } = ecomapLinkD(link.path, link.strength);
        return svg`<path d=${d} stroke-width=${width} stroke-dasharray=${dash ?? nothing} />`;
      })}
    </g>
    <g class="nodes">
      ${nodes.map(
        (n) => svg`<g
          class="node node--${n.kind}"
          transform=${`translate(${n.x} ${n.y})`}
          data-key=${n.key}
          role="button"
          tabindex=${focus === n.key ? 0 : -1}
          aria-pressed=${n.kind === 'person' ? (selection === n.id ? 'true' : 'false') : nothing}
          aria-label=${n.label}
          fill="#ffffff"
          stroke="currentColor"
          stroke-width="2"
        >${symbolPath(n.symbol, 40)}</g>`,
      )}
    </g>
    <g
      class="labels"
      fill="currentColor"
      stroke="#ffffff"
      stroke-width="3"
      stroke-linejoin="round"
      paint-order="stroke"
      text-anchor="middle"
      font-size="11"
      aria-hidden="true"
    >
      ${nodes.map((n) => svg`<text x=${n.x} y=${n.y + 34} data-for=${n.key}>${n.name}</text>`)}
    </g>`;
}

/** The ecomap's legend rows: node kinds and link strengths, as drawn. */
export function ecomapLegend(
  layout: EcomapLayout,
  i18n: Localiser,
): { readonly sample: SVGTemplateResult; readonly label: string }[] {
  const rows: { sample: SVGTemplateResult; label: string }[] = [];
  const kinds = new Set(layout.nodes.map((n) => n.kind));
  for (const kind of ['person', 'agency', 'professional'] as const) {
    if (!kinds.has(kind)) continue;
    const symbol = kind === 'person' ? 'diamond' : kind;
    rows.push({
      sample: svg`<g transform="translate(24 12)" fill="#ffffff" stroke="currentColor" stroke-width="2">${symbolPath(symbol, 18)}</g>`,
      label: i18n.t(`genogram.ecomap.${kind}`),
    });
  }
  const strengths = new Set(layout.links.map((l) => l.strength));
  for (const strength of ['strong', 'weak', 'stressful'] as const) {
    if (!strengths.has(strength)) continue;
    const { d, width, dash } = ecomapLinkD(
      [
        { x: 4, y: 12 },
        { x: 44, y: 12 },
      ],
      strength,
    );
    rows.push({
      sample: svg`<path d=${d} fill="none" stroke="currentColor" stroke-width=${width} stroke-dasharray=${dash ?? nothing} />`,
      label: i18n.t(`genogram.ecomap.${strength}`),
    });
  }
  return rows;
}
