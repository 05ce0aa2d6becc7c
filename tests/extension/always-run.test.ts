import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addAlwaysHosts, ALWAYS_RUN_SCRIPT_ID, hostsOfOrigins, removeAlwaysHosts, syncAlwaysRun,
  type RegisteredScript, type RegistrationDeps,
} from '../../utils/extension/always-run';
import { alwaysHosts } from '../../utils/extension/settings';

/** A browser holding some granted origins and at most one registered script. */
function fakeRegistration(granted: string[], registered: RegisteredScript[] = []) {
  const state = { registered: [...registered] };
  const deps: RegistrationDeps = {
    getRegistered: vi.fn(async (ids: string[]) => state.registered.filter((s) => ids.includes(s.id))),
    register: vi.fn(async (matches: string[]) => void state.registered.push({ id: ALWAYS_RUN_SCRIPT_ID, matches })),
    unregister: vi.fn(async (ids: string[]) => void (state.registered = state.registered.filter((s) => !ids.includes(s.id)))),
    hasOrigin: vi.fn(async (pattern: string) => granted.includes(pattern)),
  };
  return { deps, state };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('syncAlwaysRun', () => {
  it('registers one script for every always-run host that holds its permission', async () => {
    await alwaysHosts.setValue(['a.example', 'b.example']);
    const { deps, state } = fakeRegistration(['https://a.example/*', 'http://b.example/*']);
    expect(await syncAlwaysRun(deps)).toEqual(['*://a.example/*', '*://b.example/*']);
    expect(state.registered).toEqual([{ id: ALWAYS_RUN_SCRIPT_ID, matches: ['*://a.example/*', '*://b.example/*'] }]);
  });

  it('forgets hosts whose permission was revoked elsewhere', async () => {
    await alwaysHosts.setValue(['a.example', 'gone.example']);
    const { deps, state } = fakeRegistration(['https://a.example/*']);
    await syncAlwaysRun(deps);
    expect(await alwaysHosts.getValue()).toEqual(['a.example']);
    expect(state.registered[0].matches).toEqual(['*://a.example/*']);
  });

  it('leaves a registration that is already right alone', async () => {
    await alwaysHosts.setValue(['a.example']);
    const { deps } = fakeRegistration(['https://a.example/*'], [{ id: ALWAYS_RUN_SCRIPT_ID, matches: ['*://a.example/*'] }]);
    await syncAlwaysRun(deps);
    expect(deps.register).not.toHaveBeenCalled();
    expect(deps.unregister).not.toHaveBeenCalled();
  });

  it('replaces a stale registration and removes it when no host is left', async () => {
    await alwaysHosts.setValue(['b.example']);
    const { deps, state } = fakeRegistration(['https://b.example/*'], [{ id: ALWAYS_RUN_SCRIPT_ID, matches: ['*://a.example/*'] }]);
    await syncAlwaysRun(deps);
    expect(state.registered).toEqual([{ id: ALWAYS_RUN_SCRIPT_ID, matches: ['*://b.example/*'] }]);
    await alwaysHosts.setValue([]);
    await syncAlwaysRun(deps);
    expect(state.registered).toEqual([]);
  });
});

describe('permission events', () => {
  it('reads hosts from single-host origins only', () => {
    expect(hostsOfOrigins(['*://a.example/*', 'https://a.example/*', 'https://*/*', 'https://*.b.example/*'])).toEqual(['a.example']);
    expect(hostsOfOrigins(undefined)).toEqual([]);
  });

  it('adds granted hosts once and removes revoked ones', async () => {
    await alwaysHosts.setValue(['a.example']);
    await addAlwaysHosts(['a.example', 'b.example']);
    expect(await alwaysHosts.getValue()).toEqual(['a.example', 'b.example']);
    await removeAlwaysHosts(['a.example']);
    expect(await alwaysHosts.getValue()).toEqual(['b.example']);
  });
});
