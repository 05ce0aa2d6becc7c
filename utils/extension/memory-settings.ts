// How long the memory of read articles is kept. The background deletes older articles; the
// history page shows and edits the setting. Read through zod: anything else found in storage
// (a hand edit, an older build) falls back to the default instead of breaking either side.
import * as z from 'zod/mini';

export const DEFAULT_RETENTION_DAYS = 90;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

export const RetentionDaysSchema = z.int().check(z.gte(MIN_RETENTION_DAYS), z.lte(MAX_RETENTION_DAYS));

export const memoryRetentionDays = storage.defineItem<number>('local:memoryRetentionDays', {
  fallback: DEFAULT_RETENTION_DAYS,
  version: 1,
});

/** The stored retention in days, or the default when the stored value is not a valid one. */
export async function readRetentionDays(): Promise<number> {
  const parsed = RetentionDaysSchema.safeParse(await memoryRetentionDays.getValue());
  return parsed.success ? parsed.data : DEFAULT_RETENTION_DAYS;
}

/** Stores a retention; returns false (and stores nothing) for a value outside 1–3650 whole days. */
export async function writeRetentionDays(days: unknown): Promise<boolean> {
  const parsed = RetentionDaysSchema.safeParse(days);
  if (!parsed.success) return false;
  await memoryRetentionDays.setValue(parsed.data);
  return true;
}
