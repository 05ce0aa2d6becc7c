// Saving a text file from an extension page without the downloads permission: a blob URL on
// a link with `download`. The link stays on the page ("save again"), which also lets the e2e
// test read what was exported.
export interface PreparedFile {
  name: string;
  href: string;
  bytes: number;
}

export function prepareFile(text: string, name: string, type: string, previous: PreparedFile | null): PreparedFile {
  if (previous) URL.revokeObjectURL(previous.href);
  const blob = new Blob([text], { type });
  return { name, href: URL.createObjectURL(blob), bytes: blob.size };
}

/** "claimcheck-history-2026-11-26.json" */
export function exportName(kind: 'json' | 'csv', now = new Date()): string {
  return `claimcheck-history-${now.toISOString().slice(0, 10)}.${kind}`;
}
