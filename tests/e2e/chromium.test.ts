// Every end-to-end scenario in headless Chromium with the built MV3 extension.
import { describe } from 'vitest';
import { articleScenarios } from './scenarios/article';
import { hostileScenarios } from './scenarios/hostile';
import { useE2EContext } from './scenarios/context';
import { historyScenarios } from './scenarios/history';
import { memoryScenarios } from './scenarios/memory';
import { pageChangeScenarios } from './scenarios/page-changes';
import { pressLookupScenarios } from './scenarios/press-lookup';
import { siteSwitchScenarios } from './scenarios/site-switch';

describe('Chromium with the built extension', () => {
  const ctx = useE2EContext('chromium');
  articleScenarios(ctx);
  pageChangeScenarios(ctx);
  hostileScenarios(ctx);
  historyScenarios(ctx);
  memoryScenarios(ctx);
  pressLookupScenarios(ctx);
  siteSwitchScenarios(ctx);
});
