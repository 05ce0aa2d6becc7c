// Number words, scale words and currencies in en/fr/de/es. Keys are lower case, apostrophes
// folded to "'" (as the tokenizer does). Kept compact: this ships in the content script.

export type Lang = 'en' | 'fr' | 'de' | 'es';

/** Cardinal words below a thousand (all four languages; clashes are harmless because a
 * written number only becomes a figure when it reaches 100 or carries a scale word). */
export const UNIT_WORDS: Record<string, number> = {};
const unitLists: [string, number][] = [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['sept', 7], ['huit', 8], ['neuf', 9],
  ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['vingt', 20], ['trente', 30], ['quarante', 40],
  ['cinquante', 50], ['soixante', 60],
  // Belgian and Swiss French: "septante", "huitante", "nonante"
  ['septante', 70], ['huitante', 80], ['nonante', 90],
  ['ein', 1], ['eine', 1], ['einer', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7],
  ['acht', 8], ['neun', 9], ['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19], ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50],
  ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90],
  ['uno', 1], ['una', 1], ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8],
  ['nueve', 9], ['diez', 10], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15], ['veinte', 20], ['treinta', 30], ['cuarenta', 40],
  ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80], ['noventa', 90],
  ['cien', 100], ['ciento', 100], ['doscientos', 200], ['doscientas', 200], ['trescientos', 300], ['trescientas', 300],
  ['cuatrocientos', 400], ['quinientos', 500], ['quinientas', 500], ['seiscientos', 600], ['setecientos', 700],
  ['ochocientos', 800], ['novecientos', 900],
  // ("once" is English too, but reaches no figure alone: "once mil millones de dólares" is 11 000 millions)
  ['once', 11], ['dieciséis', 16], ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19], ['veintiuno', 21], ['veintiún', 21],
  ['veintiuna', 21], ['veintidós', 22], ['veintitrés', 23], ['veinticuatro', 24], ['veinticinco', 25], ['veintiséis', 26],
  ['veintisiete', 27], ['veintiocho', 28], ['veintinueve', 29], ['cuatrocientas', 400], ['seiscientas', 600], ['setecientas', 700],
  ['ochocientas', 800], ['novecientas', 900], ['seize', 16],
];
for (const [w, v] of unitLists) UNIT_WORDS[w] = v;

/** "hundred" multiplies what came before. */
export const HUNDRED_WORDS = new Set(['hundred', 'cent', 'cents', 'hundert']);
/** "thousand" closes a group (three thousand, trois mille, dos mil, drei tausend). */
export const THOUSAND_WORDS = new Set(['thousand', 'mille', 'mil', 'tausend']);
/** Words joining parts of one written number ("one hundred and fifty", "treinta y cinco"). */
export const NUMBER_JOINERS = new Set(['and', 'et', 'y', 'und']);
/** "a"/"an" count as one only before a scale word ("a thousand", "a billion"). */
export const ARTICLE_ONE: Record<Lang, string[]> = { en: ['a', 'an'], fr: [], de: [], es: [] };

/** Fractions before a scale word: "half a billion", "three-quarters of a billion", "un demi-milliard". */
export const FRACTIONS: [string, number][] = [
  ['half a', 0.5], ['half of a', 0.5], ['three-quarters of a', 0.75], ['three quarters of a', 0.75],
  ['a quarter of a', 0.25], ['quarter of a', 0.25], ['un demi', 0.5], ['un demi-', 0.5],
  // written as one compound: "a half-billion-dollar plant", "Quarter-billion-dollar resort plan"
  ['a half-', 0.5], ['half-', 0.5], ['a quarter-', 0.25], ['quarter-', 0.25],
  // one more of the scale: "eine weitere Milliarde Euro", "Infineon steckt weitere halbe Milliarde in Villach"
  ['eine weitere', 1], ['einer weiteren', 1], ['weitere halbe', 0.5], ['halbe', 0.5], ['eine halbe', 0.5],
  ['einer halben', 0.5], ['medio', 0.5], ['un cuarto de', 0.25],
  // three quarters: "eine dreiviertel Milliarde Euro", "trois quarts de milliard", "tres cuartos de millón"
  ['eine dreiviertel', 0.75], ['dreiviertel', 0.75], ['drei viertel', 0.75], ['trois quarts de', 0.75], ['tres cuartos de', 0.75],
];


/** Scale words. `glued` ones may follow the digits directly ("$850m", "€1.2bn"). */
export interface Scale { value: number; glued?: boolean; needsMoney?: boolean }
const S = (value: number, glued = false, needsMoney = false): Scale => ({ value, glued, needsMoney });
export const SCALES: Record<string, Scale> = {
  thousand: S(1e3), million: S(1e6), millions: S(1e6), billion: S(1e9), billions: S(1e9), trillion: S(1e12),
  bn: S(1e9, true), b: S(1e9, true, true), m: S(1e6, true, true), mn: S(1e6, true), mln: S(1e6, true), k: S(1e3, true, true),
  trn: S(1e12, true, true), tn: S(1e12, true, true),
  // the Malaysian and Bernama styles: "RM2.1bil", "RM4.8 bln" (and "RM850mil", read in 05-figures)
  bil: S(1e9, true, true), bln: S(1e9, true),
  mille: S(1e3), milliard: S(1e9), milliards: S(1e9), md: S(1e9, true, true), mds: S(1e9, true, true), mrd: S(1e9, true),
  mrds: S(1e9, true), mio: S(1e6, true), mill: S(1e6, false, true), tausend: S(1e3), millionen: S(1e6), milliarde: S(1e9), milliarden: S(1e9),
  billionen: S(1e12), mil: S(1e3), millier: S(1e3), milliers: S(1e3), crore: S(1e7), crores: S(1e7), cr: S(1e7), lakh: S(1e5), lakhs: S(1e5), millar: S(1e3), millares: S(1e3), millón: S(1e6), millon: S(1e6), millones: S(1e6), millardo: S(1e9),
  millardos: S(1e9), billón: S(1e12), billones: S(1e12),
  // round counts: "une cinquantaine de personnes", "una veintena de empleos" (about 50, about 20)
  dizaine: S(10), dizaines: S(10), vingtaine: S(20), trentaine: S(30), quarantaine: S(40), cinquantaine: S(50),
  soixantaine: S(60), centaine: S(100), centaines: S(100), decena: S(10), decenas: S(10), veintena: S(20),
  treintena: S(30), cuarentena: S(40), cincuentena: S(50), centenar: S(100), centenares: S(100),
  douzaine: S(12), quinzaine: S(15), docena: S(12), quincena: S(15), dozen: S(12), dutzend: S(12),
  // Belgian and Swiss: "une septantaine de postes"
  septantaine: S(70), huitantaine: S(80), nonantaine: S(90),
  // "eine Viertelmilliarde Franken"
  viertelmilliarde: S(2.5e8),
};
/** The scale words above that make a count approximate. */
export const APPROXIMATE_SCALES = new Set(['douzaine', 'quinzaine', 'docena', 'quincena', 'dizaine', 'dizaines', 'vingtaine', 'trentaine', 'quarantaine', 'cuarentena', 'cinquantaine', 'soixantaine', 'septantaine', 'huitantaine', 'nonantaine',
  'centaine', 'centaines', 'decena', 'decenas', 'veintena', 'treintena', 'cincuentena', 'centenar', 'centenares', 'millier', 'milliers', 'millar', 'millares']);
/** Press abbreviations that carry both the scale and the currency: Mexican "850 mdd" (millones de dólares),
 * Moroccan "6,5 MMDH" (milliards de dirhams). */
export const SCALED_CURRENCY_WORDS: Record<string, [string, number]> = {
  mdd: ['USD', 1e6], mdp: ['MXN', 1e6], mmdd: ['USD', 1e9], mmdp: ['MXN', 1e9], mdh: ['MAD', 1e6], mmdh: ['MAD', 1e9],
  // the Swiss French press's "380 MCHF", "1,2 MrdCHF"
  mchf: ['CHF', 1e6], mrdchf: ['CHF', 1e9], mdchf: ['CHF', 1e9],
};
/** Quebec's "42 M$", "1,6 G$": the scale's letter glued to a dollar sign (the story's dollar, see the claims stage). */
export const SCALE_LETTERS_BEFORE_DOLLAR: Record<string, number> = { m: 1e6, g: 1e9 };
/** "billion" is 10^12 in German, French and Spanish. */
export const LONG_SCALE_BILLION = new Set<Lang>(['de', 'fr', 'es']);

/** Currency symbols and ISO codes written before or after the amount. */
export const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₦': 'NGN', '₡': 'CRC', '₱': 'PHP', '₺': 'TRY',
  // the Costa Rican press writes the colón with the cent sign: "¢43.000 millones"
  '¢': 'CRC', '₵': 'GHS',
};
export const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'chf', 'jpy', 'cny', 'cad', 'aud', 'sek', 'nok', 'dkk', 'pln', 'inr', 'krw', 'brl', 'mxn',
  'mad', 'zar', 'ngn', 'sar', 'aed', 'egp', 'pen', 'clp', 'cop', 'ars',
  // not "try", "ron", "php" or "ils": words of their own
  'hkd', 'sgd', 'nzd', 'czk', 'huf', 'idr', 'myr', 'thb', 'vnd', 'twd', 'qar', 'kwd', 'xof', 'xaf', 'kes', 'ghs', 'uah', 'rub', 'uyu', 'dop', 'crc']);
/** Dollar-sign prefixes: "US$", "C$", "A$", "HK$". */
export const DOLLAR_PREFIX: Record<string, string> = { us: 'USD', c: 'CAD', ca: 'CAD', cdn: 'CAD', a: 'AUD', au: 'AUD', nz: 'NZD', hk: 'HKD', s: 'SGD', rd: 'DOP', nt: 'TWD' };

/** Currency words, possibly several tokens ("pounds sterling", "us-dollar", "dollars américains"). */
export const CURRENCY_WORDS: [string, string][] = [
  ['euro', 'EUR'], ['euros', 'EUR'], ['dollar', 'USD'], ['dollars', 'USD'], ['us-dollar', 'USD'], ['us dollar', 'USD'],
  ['us dollars', 'USD'], ['us-dollars', 'USD'], ['dollars américains', 'USD'], ['dólares', 'USD'], ['dolares', 'USD'],
  ['dólar', 'USD'], ['dólares estadounidenses', 'USD'], ['pounds', 'GBP'], ['pound', 'GBP'], ['pounds sterling', 'GBP'],
  ['sterling', 'GBP'], ['livres sterling', 'GBP'], ['livres', 'GBP'], ['pfund', 'GBP'], ['pfund sterling', 'GBP'],
  ['libras', 'GBP'], ['libras esterlinas', 'GBP'], ['swiss francs', 'CHF'], ['francs suisses', 'CHF'], ['francs', 'CHF'],
  ['franken', 'CHF'], ['schweizer franken', 'CHF'], ['francos suizos', 'CHF'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['canadian dollars', 'CAD'], ['dollars canadiens', 'CAD'], ['australian dollars', 'AUD'], ['rupees', 'INR'],
  ['kronor', 'SEK'], ['zlotys', 'PLN'], ['zloty', 'PLN'], ['złoty', 'PLN'], ['złotych', 'PLN'], ['reais', 'BRL'], ['réais', 'BRL'], ['reales', 'BRL'], ['forints', 'HUF'], ['forint', 'HUF'], ['yuanes', 'CNY'], ['rupias', 'INR'],
  // pesos are Mexican unless the country is named with them
  ['pesos', 'MXN'], ['pesos mexicanos', 'MXN'], ['pesos argentinos', 'ARS'], ['pesos chilenos', 'CLP'], ['pesos colombianos', 'COP'],
  // written after an amount only, so "won" is never the verb here ("1.9 trillion won")
  ['won', 'KRW'], ['korean won', 'KRW'], ['renminbi', 'CNY'], ['yenes', 'JPY'], ['wons', 'KRW'], ['wones', 'KRW'],
  // Africa, the Gulf, Peru: "1,2 milliard de dirhams", "R2 billion rand", "500 millones de soles"
  ['dirhams', 'MAD'], ['dirham', 'MAD'], ['dirhams émiratis', 'AED'], ['rand', 'ZAR'], ['rands', 'ZAR'], ['naira', 'NGN'],
  ['riyals', 'SAR'], ['soles', 'PEN'], ['francs cfa', 'XOF'], ['fcfa', 'XOF'], ['f cfa', 'XOF'],
  // the Swiss press abbreviates the franc after the amount: "650 Mio. Fr.", "3 Mrd. Fr."
  ['fr.', 'CHF'], ['sfr.', 'CHF'], ['dh', 'MAD'], ['dhs', 'MAD'],
  // plurals and other languages' names: "15 milliards de yens", "5 milliards de yuans", "1.7 billones de wones",
  // "30 Millionen Złoty", "9 Milliarden Rupien", "3.500 millones de coronas suecas"
  ['yens', 'JPY'], ['yuans', 'CNY'], ['złoty', 'PLN'], ['zloty', 'PLN'], ['złotys', 'PLN'], ['rupien', 'INR'], ['roupies', 'INR'],
  ['coronas suecas', 'SEK'], ['coronas', 'SEK'], ['coronas noruegas', 'NOK'], ['coronas danesas', 'DKK'], ['couronnes suédoises', 'SEK'],
  ['couronnes', 'SEK'], ['couronnes norvégiennes', 'NOK'], ['couronnes danoises', 'DKK'], ['kronen', 'SEK'], ['schwedische kronen', 'SEK'],
  ['norwegische kronen', 'NOK'], ['dänische kronen', 'DKK'], ['krona', 'SEK'], ['swedish kronor', 'SEK'], ['norwegian kroner', 'NOK'],
  ['danish kroner', 'DKK'], ['kroner', 'NOK'], ['dollars canadiens', 'CAD'], ['dólares canadienses', 'CAD'],
  // the wires' English names: "2.6 billion Danish crowns", "5 billion Hong Kong dollars", "1.2 trillion rupiah"
  ['crowns', 'SEK'], ['swedish crowns', 'SEK'], ['danish crowns', 'DKK'], ['norwegian crowns', 'NOK'], ['czech crowns', 'CZK'],
  ['danish krone', 'DKK'], ['norwegian krone', 'NOK'], ['swedish krona', 'SEK'], ['koruna', 'CZK'], ['korunas', 'CZK'], ['czech korunas', 'CZK'],
  ['hong kong dollars', 'HKD'], ['singapore dollars', 'SGD'], ['new zealand dollars', 'NZD'], ['taiwan dollars', 'TWD'],
  ['new taiwan dollars', 'TWD'], ['australian dollar', 'AUD'], ['canadian dollar', 'CAD'],
  ['mexican pesos', 'MXN'], ['chilean pesos', 'CLP'], ['colombian pesos', 'COP'], ['argentine pesos', 'ARS'], ['philippine pesos', 'PHP'],
  ['brazilian reais', 'BRL'], ['indian rupees', 'INR'], ['rupiah', 'IDR'], ['indonesian rupiah', 'IDR'], ['ringgit', 'MYR'],
  ['baht', 'THB'], ['thai baht', 'THB'], ['dong', 'VND'], ['lira', 'TRY'], ['turkish lira', 'TRY'], ['liras', 'TRY'],
  ['shekels', 'ILS'], ['shekel', 'ILS'], ['riyal', 'SAR'], ['saudi riyals', 'SAR'], ['qatari riyals', 'QAR'],
  ['uae dirhams', 'AED'], ['emirati dirhams', 'AED'], ['egyptian pounds', 'EGP'], ['shillings', 'KES'], ['kenyan shillings', 'KES'],
  ['cedis', 'GHS'], ['hryvnias', 'UAH'], ['lei', 'RON'], ['south african rand', 'ZAR'], ['polish zlotys', 'PLN'],
  ['hungarian forints', 'HUF'], ['chinese yuan', 'CNY'], ['japanese yen', 'JPY'], ['south korean won', 'KRW'], ['rubles', 'RUB'], ['roubles', 'RUB'],
  // and theirs in French, German and Spanish
  ['livres égyptiennes', 'EGP'], ['livres turques', 'TRY'], ['liras turcas', 'TRY'], ['türkische lira', 'TRY'], ['ringgits', 'MYR'],
  ['reales brasileños', 'BRL'], ['bolivianos', 'BOB'], ['guaraníes', 'PYG'], ['quetzales', 'GTQ'], ['lempiras', 'HNL'],
  ['colones', 'CRC'], ['córdobas', 'NIO'], ['pesos uruguayos', 'UYU'], ['pesos dominicanos', 'DOP'], ['dinars algériens', 'DZD'],
  ['dinars tunisiens', 'TND'], ['dinars', 'TND'], ['dinar', 'TND'], ['francs congolais', 'CDF'], ['francs guinéens', 'GNF'], ['kwanzas', 'AOA'], ['nairas', 'NGN'],
  ['tschechische kronen', 'CZK'], ['dänische krone', 'DKK'], ['hongkong-dollar', 'HKD'], ['singapur-dollar', 'SGD'],
];

/** Words after which a number is a percentage, not an amount. */
export const PERCENT_WORDS = ['%', 'percent', 'per cent', 'pour cent', 'prozent', 'por ciento', 'pct', 'percentage points', 'basis points', 'points de pourcentage', 'prozentpunkte', 'puntos porcentuales'];

/** Month names and abbreviations: a small number beside one is a day, not a figure. */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
]);
/** Words after a number that make it a time or a measure, not a count of jobs or money. */
export const TIME_WORDS = new Set(['gmt', 'bst', 'cet', 'cest', 'utc', 'pst', 'am', 'pm', 'h', 'uhr', 'hrs', 'p', 'th', 'st', 'nd', 'rd', 'e', 'er', 'ème', 'º', 'ª']);

/** Words written before a number that name its currency ("Rs 500 crore", "R2bn", "Fr. 38 Millionen", "UF 300.000"; see currencyBefore in 05-figures). */
export const PREFIX_CURRENCY_WORDS = ['rs', 'r', 'fr', 'uf', 'sh', 'ksh', 'n', 'dh', 'dhs', 'sr', 'qr', 'rm', 'rp', 'q', 'dkr', 'skr', 'nkr', 'p', 'shs', 'gh', 'ro', 'bd', 'kd', 'bs', 'g'];
