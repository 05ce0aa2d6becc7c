// "Older articles were removed to make room": the browser's quota was full, the background
// evicted the least recently read articles, and the reader is told in the popup until they
// dismiss it (the eviction happens in the background, where nobody is looking).
import * as z from 'zod/mini';

const NoticeSchema = z.nullable(z.object({ evicted: z.int().check(z.nonnegative()), at: z.number() }));
export type EvictionNotice = NonNullable<z.infer<typeof NoticeSchema>>;

export const memoryEvictionNotice = storage.defineItem<EvictionNotice | null>('local:memoryEvictionNotice', {
  fallback: null,
  version: 1,
});

/** The notice not yet dismissed; anything malformed in storage reads as none. */
export async function readEvictionNotice(): Promise<EvictionNotice | null> {
  const parsed = NoticeSchema.safeParse(await memoryEvictionNotice.getValue());
  return parsed.success ? parsed.data : null;
}

/** Adds to the count of evicted articles the reader has not been told about. */
export async function noteEvicted(count: number, now = Date.now()): Promise<void> {
  if (count <= 0) return;
  const previous = await readEvictionNotice();
  await memoryEvictionNotice.setValue({ evicted: (previous?.evicted ?? 0) + count, at: now });
}

export async function dismissEvictionNotice(): Promise<void> {
  await memoryEvictionNotice.setValue(null);
}
