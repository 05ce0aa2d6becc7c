// webextension-polyfill's `browser`, handed on inside an object of its own: see wxt.config.ts.
module.exports = { browser: require('webextension-polyfill') };
