// The zod/mini schemas of the messages the content script receives, kept out of the content
// script (utils/extension/content-schemas-contract.ts). The background injects this script into
// the content script's frame and world on first use; it hands its parses over through that world's global.
import { registerContentSchemas } from '@/utils/extension/content-schemas-contract';
import { contentSchemas } from '@/utils/extension/content-schemas';

export default defineUnlistedScript(() => registerContentSchemas(contentSchemas));
