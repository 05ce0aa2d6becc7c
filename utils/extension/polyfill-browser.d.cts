declare const holder: { browser: typeof import('wxt/browser').browser };
export = holder;
