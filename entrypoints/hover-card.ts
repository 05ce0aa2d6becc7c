// The hover card's own script (Preact, the card components, WXT's shadow-root UI), kept out of
// the content script so the first highlights need none of it. The background injects it into
// the content script's frame and world on the first hover (entrypoints/content/card.ts); it
// hands its mount function over through that world's global.
import { mountCardView } from '@/components/hover-card/view';
import { registerCardView } from '@/components/hover-card/view-contract';

export default defineUnlistedScript(() => registerCardView(mountCardView));
