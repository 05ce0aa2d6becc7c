// Data tables for classifying links. Hosts are registrable domains (see url.ts): every
// subdomain is included. Words are compared after lower-casing and removing diacritics.

/** Services whose pages are company announcements distributed for a fee. */
export const NEWSWIRE_DOMAINS = [
  'businesswire.com', 'prnewswire.com', 'prnewswire.co.uk', 'prnasia.com', 'globenewswire.com', 'cision.com',
  'newswire.ca', 'notified.com', 'accesswire.com', 'einpresswire.com', 'prweb.com', 'newsfilecorp.com',
  'newswire.com', 'marketwired.com', 'mynewsdesk.com', 'presseportal.de', 'presseportal.ch', 'ots.at',
  'newsaktuell.de', 'eqs-news.com', 'eqs.com', 'dgap.de', 'pressebox.de', 'actusnews.com', 'jcnnewswire.com',
  'prezly.com', 'pr.co', 'newsdirect.com', 'prlog.org', 'comunicae.es', 'releasewire.com', 'openpr.de',
];

/** Hosts of news outlets and aggregators: their own pages are articles, not releases. */
export const OUTLET_DOMAINS = [
  'reuters.com', 'apnews.com', 'bloomberg.com', 'ft.com', 'wsj.com', 'cnbc.com', 'bbc.co.uk', 'bbc.com',
  'theguardian.com', 'nytimes.com', 'washingtonpost.com', 'economist.com', 'forbes.com', 'businessinsider.com',
  'marketwatch.com', 'fortune.com', 'axios.com', 'techcrunch.com', 'theverge.com', 'cnn.com', 'npr.org',
  'yahoo.com', 'news.google.com', 'barrons.com', 'investing.com', 'seekingalpha.com', 'fool.com', 'cnet.com',
  'lemonde.fr', 'lesechos.fr', 'lefigaro.fr', 'latribune.fr', 'bfmtv.com', 'francetvinfo.fr', 'liberation.fr',
  'challenges.fr', 'usinenouvelle.com', 'lopinion.fr', 'capital.fr', 'rfi.fr', 'afp.com', 'boursorama.com',
  'handelsblatt.com', 'faz.net', 'sueddeutsche.de', 'spiegel.de', 'zeit.de', 'welt.de', 'tagesschau.de',
  'manager-magazin.de', 'wiwo.de', 'n-tv.de', 'dpa.com', 'finanzen.net', 'derstandard.at', 'nzz.ch',
  'elpais.com', 'expansion.com', 'elmundo.es', 'abc.es', 'lavanguardia.com', 'eleconomista.es',
  'elconfidencial.com', 'rtve.es', 'europapress.es', 'efe.com', 'infobae.com', 'clarin.com', 'cincodias.com',
  'nikkei.com', 'asia.nikkei.com', 'scmp.com', 'koreaherald.com', 'koreatimes.co.kr', 'taipeitimes.com',
];

/** Social networks and video sites: never the release itself. */
export const SOCIAL_DOMAINS = [
  'twitter.com', 'x.com', 't.co', 'facebook.com', 'fb.me', 'instagram.com', 'linkedin.com', 'lnkd.in',
  'youtube.com', 'youtu.be', 'tiktok.com', 'threads.net', 'bsky.app', 'mastodon.social', 'pinterest.com',
  'reddit.com', 'whatsapp.com', 'telegram.me', 't.me', 'xing.com', 'weibo.com', 'vimeo.com',
];

/** Path segments (or the start of one, before "-") naming a press area of a company site. */
export const PRESS_SEGMENTS = [
  'press', 'presse', 'prensa', 'stampa', 'pers', 'news', 'newsroom', 'media', 'medien', 'medios', 'mediacenter',
  'media-center', 'media-centre', 'pressroom', 'press-room', 'press-releases', 'pressreleases', 'press-release',
  'news-releases', 'newsreleases', 'news-release', 'media-releases', 'investors', 'investor', 'investor-relations',
  'ir', 'pressemitteilungen', 'pressemitteilung', 'pressemeldungen', 'presseinformationen', 'pressebereich',
  'presseraum', 'communiques', 'communiques-de-presse', 'communique', 'salle-de-presse', 'espace-presse',
  'actualites', 'sala-de-prensa', 'comunicados', 'comunicados-de-prensa', 'notas-de-prensa', 'noticias',
  'sala-de-imprensa', 'announcements', 'aktuelles', 'newsroom-en',
];

/** Subdomains that hold a company's newsroom or investor pages. */
export const PRESS_SUBDOMAINS = [
  'news', 'newsroom', 'press', 'presse', 'prensa', 'media', 'medien', 'investors', 'investor', 'ir', 'stories',
];

/** Path segments of newsletter sign-ups and subscriptions (tested before press segments). */
export const NEWSLETTER_SEGMENTS = [
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'subscriptions', 'signup', 'sign-up', 'abonnement',
  'abonnements', 'abonnieren', 'abo', 'inscription', 'suscripcion', 'suscribete', 'boletin', 'boletines', 'alerts',
];

// Link text that introduces the company's own announcement, in the four languages read.
export const RELEASE_WORDS =
  /\b(press release|news release|media release|press statement|statement|announcement|release|8-k|form 6-k|communique|comunicado|nota de prensa|declaracion|pressemitteilung|pressemeldung|presseinformation|presseerklarung|mitteilung|ad-hoc-meldung|stellungnahme|erklarung|annonce)\b/u;
// Link text that rules a link out whatever its URL says.
export const NOT_RELEASE_WORDS =
  /\b(newsletter|subscribe|sign up|abonnez|abonnieren|abonner|suscribete|suscribase|follow us|suivez-nous|folgen sie|siguenos|privacy|cookie|datenschutz|confidentialite|privacidad)\b/u;
