// The two facts every per-element rule starts from: the tag name and whether the element carries
// any attribute at all. In Firefox a content script reads the page through Xray wrappers, where
// each read is the text walk's main cost, and the walk asks two rules about every element (the
// visibility filter, then the boilerplate rule) that each read both again. They are kept for the
// element asked last, until the current task's microtasks run: within one synchronous run of our
// code nothing else can change an element's attributes (no page script runs in between).

let last: Element | null = null;
let lastName = '';
let lastBare = false;
let forgetting = false;

function forget(): void {
  last = null;
  forgetting = false;
}

function remember(el: Element): void {
  if (el === last) return;
  last = el;
  lastName = el.localName;
  lastBare = !el.hasAttributes();
  if (!forgetting) {
    forgetting = true;
    queueMicrotask(forget);
  }
}

/** The element's local name (lower case for HTML elements). */
export function tagOf(el: Element): string {
  remember(el);
  return lastName;
}

/** True when the element has no attribute: no class, id, role, style, hidden… (most elements of a long article). */
export function isBare(el: Element): boolean {
  remember(el);
  return lastBare;
}
