// Shared by the lookup tests: the project's fixture articles as lookup requests, and deps that
// point every source at the local source server with fresh limiters and cache.
import { analyze } from '../../utils/core';
import { readInput } from '../../scripts/claimcheck-input';
import { lookupRequest } from '../../scripts/claimcheck-lookup';
import { LOOKUP_SOURCES, memoryCache, type LookupDeps, type LookupRequest, type LookupSourceId } from '../../utils/lookup';
import { createSourceLimiters } from '../../utils/lookup/limits';
import type { SourceServer } from '../fixtures/sources/server';

export const BRENHOLT_ARTICLE = 'tests/fixtures/pages/en-business.html';
export const VALDORIA_ARTICLE = 'tests/fixtures/pages/fr-business.html';
export const CALLOWAY_ARTICLE = 'tests/fixtures/sources/articles/us-calloway.html';

export function requestFor(file: string): LookupRequest {
  const input = readInput(file);
  return lookupRequest(input, analyze([input]), 0, file);
}

export function depsFor(server: SourceServer, enabled: Iterable<LookupSourceId> = LOOKUP_SOURCES, extra: Partial<LookupDeps> = {}): LookupDeps {
  return {
    fetch,
    enabled: new Set(enabled),
    baseUrls: server.baseUrls,
    cache: memoryCache(),
    limiters: createSourceLimiters(),
    userAgent: 'Claimcheck tests test@example.com',
    timeoutMs: 2000,
    ...extra,
  };
}
