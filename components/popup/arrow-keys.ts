import type { TargetedKeyboardEvent } from 'preact';

const NEXT: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };

/**
 * Arrow keys move between the popup's actionable items (marked `data-nav`), Home and End jump
 * to the first and last; Tab keeps its usual order. Attach to the root's onKeyDown.
 */
export function moveFocusWithArrows(event: TargetedKeyboardEvent<HTMLElement>): void {
  const root = event.currentTarget;
  const items = [...root.querySelectorAll<HTMLElement>('[data-nav]:not([disabled])')];
  if (items.length === 0) return;
  const current = items.indexOf(document.activeElement as HTMLElement);
  let target: number;
  if (event.key in NEXT) target = current === -1 ? 0 : (current + NEXT[event.key] + items.length) % items.length;
  else if (event.key === 'Home') target = 0;
  else if (event.key === 'End') target = items.length - 1;
  else return;
  event.preventDefault();
  items[target].focus();
}
