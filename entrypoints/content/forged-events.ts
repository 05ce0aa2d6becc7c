// A page can dispatch DOM events of any name, and DOM events reach every world. WXT names two
// of its events after the extension's id (public: the store id in Chrome, the add-on id in
// Firefox) and acts on them: "a newer copy of this script started" stops this one, and "the URL
// changed" makes us drop the highlights and read the page again. With one forged event a page
// could switch Claimcheck off or keep wiping its highlights. These guards let through only the
// events our own scripts made.

/** Set in our world by a newer copy of the content script just before WXT announces it. */
const STARTING = Symbol.for('claimcheck.content-script-starting');
type Global = typeof globalThis & { [STARTING]?: boolean };

/** Called at the top of the content script module, before WXT creates its context. */
export function markStarting(): void {
  (globalThis as Global)[STARTING] = true;
}

/** Called once main() runs: from now on a "script started" event must come from a newer copy. */
export function startingDone(): void {
  delete (globalThis as Global)[STARTING];
}

/**
 * Stops forged "content script started" events before WXT's listener (on the document) sees
 * them. Let through: the announcement of a newer copy of our script (it set STARTING in our
 * world, which a page cannot reach), and anything once this copy is orphaned (the extension was
 * updated or removed), so that a new version can still retire it.
 */
export function guardScriptStarted(ctx: { constructor: unknown; signal: AbortSignal }, runtimeId: () => string | undefined): void {
  // WXT's own name for the event, a static of the context's class that its types keep private
  // ("<extension id>:content:wxt:content-script-started").
  const name = (ctx.constructor as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name !== 'string') return;
  const guard = (event: Event) => {
    if ((globalThis as Global)[STARTING] || !runtimeId()) return;
    event.stopImmediatePropagation();
  };
  window.addEventListener(name, guard, { capture: true, signal: ctx.signal });
}

/**
 * WXT's own location-change event carries the new URL as a property. A property a page sets on
 * its own event object is not visible from the content script's world (isolated world in
 * Chromium, Xray wrappers in Firefox), so a forged event has none.
 */
export function isOwnLocationChange(event: Event): boolean {
  return (event as Event & { newUrl?: unknown }).newUrl instanceof URL;
}
