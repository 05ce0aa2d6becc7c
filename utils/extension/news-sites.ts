import sites from './news-sites.json';

/** Every host of the built-in list, each language's list in turn. */
export const newsSiteHosts: string[] = [...new Set([sites.en, sites.fr, sites.de, sites.es].flat())];

/** Match patterns for the manifest and the content script: the host and all its subdomains. */
export const newsSiteMatches: string[] = newsSiteHosts.flatMap((host) => [
  `https://${host}/*`,
  `https://*.${host}/*`,
]);
