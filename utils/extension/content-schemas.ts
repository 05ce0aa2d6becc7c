// The content script's message schemas, in the script the background injects on first use
// (entrypoints/content-schemas.ts; see content-schemas-contract.ts): the zod/mini schemas of
// messages.ts and analysis-port.ts themselves, so the content script bundles no zod.
import { type AnalysisReply, AnalysisReplySchema } from './analysis-port';
import type { ContentSchemas } from './content-schemas-contract';
import { ContentBoundSchema, LookupVerdictsSchema, MemoryReplySchema, parseMessage } from './messages';

export const contentSchemas: ContentSchemas = {
  contentBound: (raw) => parseMessage(ContentBoundSchema, raw, 'content'),
  lookupVerdicts: (raw) => {
    const parsed = LookupVerdictsSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
  memoryReply: (raw) => parseMessage(MemoryReplySchema, raw, 'content (memory reply)'),
  analysisReply: (raw) => parseMessage<AnalysisReply>(AnalysisReplySchema, raw, 'content (analysis reply)'),
};
