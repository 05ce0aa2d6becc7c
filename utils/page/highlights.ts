// Highlights through the CSS Custom Highlight API: ranges registered by name in CSS.highlights
// and painted by the ::highlight() rules of the static sheet declared with the content script
// (highlight-style.ts). Nothing is inserted into the page, so nothing moves and no style changes;
// removing the names leaves the page as it was.
import { DARK_SUFFIX, preferredScheme, type Scheme } from './highlight-style';

/** The names every other part of the project (popup, e2e tests) relies on: see the UI contract. */
export const HIGHLIGHT_NAMES = {
  figure: 'claimcheck-figure',
  org: 'claimcheck-org',
  person: 'claimcheck-person',
  place: 'claimcheck-place',
  conflict: 'claimcheck-conflict',
  duplicate: 'claimcheck-duplicate',
  confirmed: 'claimcheck-confirmed',
  flash: 'claimcheck-flash',
} as const;
export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

/** The names a dark page's highlights go under (their palette's rules): the contract name plus `-dark`; the flash is shared. */
const DARK_NAMES = Object.fromEntries(
  Object.entries(HIGHLIGHT_NAMES).map(([kind, name]) => [kind, kind === 'flash' ? name : name + DARK_SUFFIX]),
) as Record<HighlightKind, string>;
const NAMES_BY_SCHEME: Record<Scheme, Record<HighlightKind, string>> = { light: HIGHLIGHT_NAMES, dark: DARK_NAMES };
const ALL_NAMES = [...new Set([...Object.values(HIGHLIGHT_NAMES), ...Object.values(DARK_NAMES)])];

/**
 * The id of the <style> element builds before the static sheet inserted. None is inserted any
 * more; page-changes.ts still ignores it and `clear` removes one an older injection left.
 */
export const STYLE_ELEMENT_ID = 'claimcheck-highlight-style';

/** The names a page's analysis builds (the flash is the popup's). */
const BUILT_KINDS = ['figure', 'org', 'person', 'place', 'conflict', 'duplicate', 'confirmed'] as const;

/** Later names paint over earlier ones: entities, then figures, then a figure's state, then the flash. */
const PRIORITY: Record<HighlightKind, number> = { org: 0, person: 0, place: 0, figure: 1, conflict: 2, duplicate: 2, confirmed: 2, flash: 3 };

interface HighlightApi {
  registry: HighlightRegistry;
  create: () => Highlight;
}

/** The page's highlight registry, or null in a browser (or test DOM) without the API. */
export function highlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS?.highlights;
  const HighlightClass = view?.Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;
  return { registry, create: () => new HighlightClass() };
}

export class HighlightLayer {
  private readonly api: HighlightApi | null;
  /** The palette's names the highlights are registered under (see `usePalette`). */
  private names: Record<HighlightKind, string> = HIGHLIGHT_NAMES;

  constructor(private readonly doc: Document) {
    this.api = highlightApi(doc);
  }

  /** Replaces what is shown under one name (so running twice never doubles anything). */
  show(kind: HighlightKind, ranges: Iterable<Range>): void {
    if (!this.api) return;
    const highlight = this.api.create();
    for (const range of ranges) highlight.add(range);
    highlight.priority = PRIORITY[kind];
    if (highlight.size === 0) this.api.registry.delete(this.names[kind]);
    else this.api.registry.set(this.names[kind], highlight);
  }

  /** Adds ranges to what is shown under one name (progressive painting while a long page is read). */
  add(kind: HighlightKind, ranges: Iterable<Range>): void {
    if (!this.api) return;
    const name = this.names[kind];
    let highlight = this.api.registry.get(name);
    if (!highlight) {
      highlight = this.api.create();
      highlight.priority = PRIORITY[kind];
    }
    for (const range of ranges) highlight.add(range);
    if (highlight.size > 0) this.api.registry.set(name, highlight);
  }

  /**
   * Builds the highlights for every name off screen, a few hundred ranges per step (a generator,
   * for slices); `commit` then swaps them in at once, so a re-run never shows a half-built set.
   * `into`: highlights built so far (a long page's earlier parts), added to rather than replaced.
   */
  *prepare(byKind: Map<HighlightKind, Range[]>, perStep = 500, into = new Map<HighlightKind, Highlight>()): Generator<void, Map<HighlightKind, Highlight> | null> {
    if (!this.api) return null;
    const built = into;
    let added = 0;
    for (const [kind, ranges] of byKind) {
      const highlight = built.get(kind) ?? this.api.create();
      if (highlight.priority !== PRIORITY[kind]) highlight.priority = PRIORITY[kind];
      for (const range of ranges) {
        highlight.add(range);
        if (++added % perStep === 0) yield;
      }
      built.set(kind, highlight);
    }
    return built;
  }

  commit(built: Map<HighlightKind, Highlight>): void {
    if (!this.api) return;
    for (const [kind, highlight] of built) {
      const name = this.names[kind];
      if (highlight.size === 0) this.api.registry.delete(name);
      // Shown already (see `showWhileBuilding`): setting it again would register every range anew.
      else if (this.api.registry.get(name) !== highlight) this.api.registry.set(name, highlight);
    }
  }

  /**
   * Shows the highlights being built (`built`, by kind), so ranges `prepare` adds to them later
   * appear as they come, and `commit` has nothing left to swap. For a first run in Firefox, where
   * registering a highlight registers each of its ranges at once: swapping in a long page's
   * ~10,000 ranges was one task of 180-340 ms there. Ranges already shown under a name are kept.
   */
  showWhileBuilding(built: Map<HighlightKind, Highlight>): void {
    if (!this.api) return;
    for (const kind of BUILT_KINDS) {
      const name = this.names[kind];
      const pending = built.get(kind);
      let shown = this.api.registry.get(name);
      if (!shown) {
        shown = pending ?? this.api.create();
        shown.priority = PRIORITY[kind];
        this.api.registry.set(name, shown);
      } else if (pending && pending !== shown) for (const range of pending) shown.add(range);
      built.set(kind, shown);
    }
  }

  /** Whether anything of ours is shown under any name. */
  get showing(): boolean {
    // An empty registry (every first run) answers in one call, not one per name.
    return !!this.api && this.api.registry.size > 0 && ALL_NAMES.some((name) => this.api!.registry.has(name));
  }

  /**
   * Picks the palette for the page's scheme (null: unknown, then the reader's preference): the
   * names the highlights are registered under. Nothing is written into the page. Highlights shown
   * under the other palette's names move to this one's.
   */
  usePalette(scheme: Scheme | null): void {
    const names = NAMES_BY_SCHEME[scheme ?? preferredScheme(this.doc)];
    if (names === this.names) return;
    const before = this.names;
    this.names = names;
    if (!this.api) return;
    for (const kind of Object.keys(names) as HighlightKind[]) {
      const shown = this.api.registry.get(before[kind]);
      if (!shown || before[kind] === names[kind]) continue;
      this.api.registry.delete(before[kind]);
      this.api.registry.set(names[kind], shown);
    }
  }

  /** Removes every name (and the style element of an older injection, if one is left). */
  clear(): void {
    if (this.api) for (const name of ALL_NAMES) this.api.registry.delete(name);
    this.doc.getElementById(STYLE_ELEMENT_ID)?.remove();
  }
}
