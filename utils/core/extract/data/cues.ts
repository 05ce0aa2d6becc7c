// Rule tables for claims, one list per rule name; words are lower case, "*" = any ending.
// Kept as plain data so a rule can be read, tested and reported by name.

export const APPROX_BEFORE_ALT = ['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'c.', 'ca.', 'environ', 'près de', 'presque', 'quelque', 'rund', 'etwa', 'circa', 'knapp', 'fast', 'unos', 'unas', 'alrededor de', 'aproximadamente', 'cerca de', 'casi',
  // "(umgerechnet rund 3,5 Milliarden Dollar)", "(equivalent to $1.3bn)"
  'umgerechnet', 'umgerechnet rund', 'umgerechnet etwa', 'umgerechnet knapp', 'umgerechnet fast', 'equivalent to', 'about the equivalent of',
  // a conversion at the time's rate: "(damals rund 1,7 Milliarden Euro)", "(à l'époque environ …)"
  'damals', 'damals rund', 'damals etwa', 'at the time', "à l'époque", 'à l’époque', 'entonces', 'en su momento',
  "l'équivalent de", 'l’équivalent de', 'el equivalente a', 'equivalentes a'];

export const RANGE_OPENERS = ['between', 'from', 'entre', 'de', 'zwischen', 'von'];
/** Verbs that move an amount from one figure to another: "passe de 95 à 130 millions d'euros", "elevó de
 * US$90 millones a US$140 millones su inversión", "raised its budget from £180m to £260m" name the earlier
 * plan and the new one, not a range. */
export const CHANGE_VERBS = [
  'passe', 'passer', 'passé', 'passée', 'passant', 'porté', 'portée', 'porte', 'relevé', 'relevée', 'relève', 'revu', 'revue', 'augmenté', 'augmentée',
  'ramené', 'ramenée', 'réduit', 'réduite', 'gonfle', 'grimpe', 'grimpé', 'bondit',
  'scales', 'scaling', 'doubles', 'doubled', 'doubling', 'enlarging', 'enlarges', 'enlarged',
  'elevó', 'eleva', 'elevará', 'pasa', 'pasó', 'pasará', 'aumentó', 'aumenta', 'amplió', 'amplía', 'sube', 'subió', 'incrementó', 'redujo', 'recortó',
  'steigt', 'stieg', 'erhöht', 'erhöhte', 'aufgestockt', 'stockt', 'wächst',
  'raised', 'raises', 'raising', 'lifted', 'lifts', 'increased', 'increases', 'boosted', 'boosts', 'rises', 'rose', 'grows', 'grew', 'jumps', 'jumped',
  'climbs', 'climbed', 'cut', 'cuts', 'reduced', 'reduces', 'trimmed', 'scaled', 'revised', 'goes', 'went',
  // moving it down: "ramène de 250 à 170 millions d'euros l'enveloppe", "trims its plan from DKr42bn to DKr30bn"
  'ramène', 'ramènent', 'abaisse', 'abaissé', 'trims', 'lowers', 'lowered', 'slashes', 'slashed', 'recorta', 'rebaja', 'rebajó',
  'senkt', 'senkte', 'kürzt', 'kürzte', 'gekürzt', 'reduziert', 'reduzierte',
];
export const RANGE_JOINERS: [string, 'needs-opener' | 'free'][] = [
  ['-', 'free'], ['–', 'free'], ['—', 'free'], ['to', 'free'], ['à', 'free'], ['bis', 'free'],
  ['and', 'needs-opener'], ['et', 'needs-opener'], ['und', 'needs-opener'], ['y', 'needs-opener'], ['a', 'needs-opener'],
];

/** Qualifier words written just after a figure: "sixty or so new jobs", "500 or more workers". */
export const QUALIFIERS_AFTER: [string, string][] = [
  ['or so', 'about'], ['or more', 'at_least'], ['ou plus', 'at_least'], ['oder mehr', 'at_least'], ['o más', 'at_least'],
  ['at most', 'up_to'], ['au maximum', 'up_to'], ['au plus', 'up_to'], ['höchstens', 'up_to'], ['como máximo', 'up_to'], ['a lo sumo', 'up_to'],
];

/** Qualifier words written just before a figure. */
export const QUALIFIERS: [string, string][] = [
  ...['over', 'more than', 'upwards of', 'in excess of', 'above', 'plus de', "plus d'", 'au-delà de', 'mehr als', 'über', 'más de', 'por encima de', 'superior a', 'well over', 'just over', 'over a', 'bien plus de',
    // "gut 700 Millionen Euro", "gut 400 Leute": a good 700 million, a little more
    'gut'].map((w) => [w, 'over'] as [string, string]),
  ...['at least', 'a minimum of', 'no fewer than', 'no less than', 'pas moins de', 'au moins', 'au minimum', 'mindestens', 'wenigstens', 'al menos', 'por lo menos', 'como mínimo'].map((w) => [w, 'at_least'] as [string, string]),
  ...['up to', 'as many as', 'as much as', "jusqu'à", 'bis zu', 'hasta', 'un máximo de', 'a maximum of', 'no more than', 'not more than', 'at most',
    'au plus', 'tout au plus', 'au maximum', 'höchstens', 'maximal', 'como máximo', 'a lo sumo'].map((w) => [w, 'up_to'] as [string, string]),
  ...['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'approx.', 'environ', 'quelque', 'autour de', 'rund', 'etwa', 'ungefähr', 'circa', 'ca.', 'unos', 'unas', 'alrededor de', 'aproximadamente', 'en torno a'].map((w) => [w, 'about'] as [string, string]),
  ...['nearly', 'almost', 'close to', 'just under', 'the near', 'a near', 'près de', 'presque', 'pratiquement', 'fast', 'knapp', 'beinahe', 'nahezu', 'casi', 'prácticamente', 'cerca de'].map((w) => [w, 'nearly'] as [string, string]),
  ...['an average of', 'on average', 'en moyenne', 'durchschnittlich', 'im schnitt', 'en promedio', 'de media', 'una media de', 'un promedio de', 'une moyenne de'].map((w) => [w, 'average'] as [string, string]),
  // "près d’un milliard" (the tokenizer folds ’ to ')
  ["près d'", 'nearly'], ["autour d'", 'about'],
  // a total that will pass a mark: "superará los 2.000 millones", "dépasseront 1,4 milliard"
  // "La inversión rondará los 90 millones": a sum that hovers about a mark
  ...['rondará los', 'rondará las', 'rondarán los', 'ronda los', 'rondan los', 'rondaría los', 'rondará', 'ronda'].map((w) => [w, 'about'] as [string, string]),
  ...['superará los', 'rebasará los', 'superarán los', 'superará', 'rebasará', 'dépassera', 'dépasseront', 'will exceed', 'will top', 'übersteigen'].map((w) => [w, 'over'] as [string, string]),
];

/** Investment verbs and nouns (written before or after the amount). */
export const INVEST_CUES = [
  'invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'spend', 'spends', 'spending', 'spent',
  'pour', 'pours', 'pouring', 'inject', 'injects', 'injecting', 'plough', 'ploughing', 'plow', 'plowing', 'pump', 'pumping', 'pumps', 'commit', 'commits', 'committed',
  'commitment', 'pledge', 'pledged', 'pledges', 'earmark*', 'allocate*', 'betting', 'bet', 'capex', 'capital expenditure', 'build', 'building',
  'investir', 'investit', 'investira', 'investiront', 'investirait', 'investiraient', 'investissait', 'investissaient', 'investi', 'investis', 'investie', 'investies', 'investissement', 'investissements', 'investissent', 'investissant', 'invirtiendo', 'investierend',
  'injecter', 'injectera', 'injecte', 'injecté', 'injectés', 'injectée', 'injectées', 'consacrer', 'consacrera', 'débloquer', 'mobiliser', 'engager', 'enveloppe', 'promis', 'dépenser',
  'engage', 'engagera', 'engagent', 'engageront', 'mise', 'misera', 'misent', 'bets',
  // the company speaking in an interview or on the radio: "Nous investissons 28 milliards de francs CFA", "Nous engagerons 35 millions
  // de francs d'ici 2029 dans notre site", "invertiremos unos 200 millones"
  'investissons', 'investirons', 'engagerons', 'consacrerons', 'injecterons', 'invertimos', 'invertiremos', 'destinaremos', 'meteremos',
  // a project's final cost as a follow-up gives it: "Le coût final s'établit plutôt à 312 millions $"
  'coût final', 'coût définitif', 'final cost', 'costo final', 'coste final',
  // committing money, and the conditional of reported speech: "Inditex comprometió 400 millones", "qu'il investirait 1,5 milliard"
  'comprometió', 'comprometerá', 'comprometer', 'comprometiera', 'comprometido', 'compromete', 'investirait', 'investiraient', 'invertiría', 'invertirían',
  'consacrerait', 'consacreraient', 'dépenserait', 'injecterait', 'destinaría', 'destinarían', 'würde investieren',
  // first persons and mobilising: "Los 85 millones de dólares que comprometimos", "El plan anterior movilizó 420 millones",
  // "ya ha gastado unos 120 millones en ingeniería", "Tokai will put in roughly $560 million"
  // the company's own money: "La empresa aportará 80 millones de fondos propios", "aus eigenen Mitteln"
  'fondos propios', 'recursos propios', 'eigenmittel', 'eigenen mitteln', 'own funds', 'own resources',
  'comprometimos', 'comprometemos', 'entailing', 'entails',
  // "to sink N45bn into Ogun cassava processing hub", "has ploughed more than Dh2 billion into facilities"
  'sink', 'sinks', 'sinking', 'ploughed', 'plowed', 'ploughs', 'plows',
  // "Aérostruct Composites alloue 55 millions d'euros", "consacre 22 millions d'euros", "Nous engageons ces 75 milliards"
  'alloue', 'allouera', 'alloueront', 'alloué', 'allouée', 'allouent', 'consacre', 'consacrent', 'engageons', 'movilizó', 'movilizará', 'movilizarán', 'gastado', 'ha gastado', 'put in', 'will put in', 'puts in',
  // a project's price and the money put on the table: "With a $1.4 billion price tag", "budgeted at $780 million",
  // "We are putting £120m on the table", "Estamos poniendo 1500 millones de dólares sobre la mesa", "la primera demandará u$s 900 millones"
  'price tag', 'budgeted at', 'budgétisé', 'presupuestado', 'on the table', 'sur la table', 'sobre la mesa', 'auf den tisch',
  'committing', 'desembolsó', 'demandará', 'demandarán', 'requerirá', 'requerirán', 'will require', 'nécessitera', 'coûtera',
  // a share of the sum, and where it goes: "Of the total, about £3.5bn will go to …", "La plus grosse part, 450 millions de dollars,
  // servira à …", "Der Großteil, zwei Milliarden Euro, fließt in …", "De esa cantidad, 2.400 millones irán a …", "veranschlagt"
  'of the total', 'the largest share', 'the remaining', 'will go to', 'will fund', 'la plus grosse part', 'iront', 'ira', 'servira', 'serviront',
  'der großteil', 'vorgesehen', 'veranschlagt', 'veranschlagte', 'de esa cantidad', 'irán', 'irá', 'restantes', 'absorberá', 'absorberán',
  'se destinarán', 'se destinará', 'compromiso', 'un engagement',
  // "die Gesamtinvestition in den Standort", "das Engagement von Infineon in Dresden" (a company's money in a place)
  'gesamtinvestition', 'gesamtinvestitionen', 'engagement von',
  // "ein Investitionspaket von 30 Millionen Euro"
  'investitionspaket', 'investitionsprogramm', 'investitionsplan', 'investitionsoffensive', 'investitionsprojekt',
  // "capital expenditures of between $88 billion and $95 billion", "contribute about £12bn", "Vantis trägt etwa 600 Mio. Euro",
  // "built at a cost of €350 million", "Das Investitionsvolumen beziffert das Unternehmen auf …", "Le plus gros projet prévoit …"
  'capital expenditures', 'capital spending', 'contribute', 'contribuer', 'aportar', 'beitragen', 'trägt', 'tragen',
  // a project's price as estimated: "La version initiale du projet était chiffrée à 1,1 Md€"
  'chiffré à', 'chiffrée à', 'chiffrés à', 'chiffrées à',
  'at a cost of', 'for a cost of', 'pour un coût de', 'con un coste de', 'con un costo de', 'zu kosten von', 'investitionsvolumen', 'beziffert', 'bezifferte', 'investitionssumme', 'investitionskosten', 'investitionsrahmen',
  'prévoit', 'prévoyait', 'prévoient',
  // what a project's stage costs: "La primera etapa, con un monto de 420 millones"
  'con un monto de',
  // Indian English: "entailing an outlay of Rs 3,200 crore"
  'outlay', 'outlays',
  'investieren', 'investiert', 'investierte', 'investiere', 'investieren werde', 'investition', 'investitionen', 'stecken', 'steckt', 'steckte', 'ausgeben', 'bauen', 'baut',
  'pumpt', 'in die hand', 'nimmt', 'mobilise', 'mobilisera', 'affecter', 'allouer',
  // a board releasing capital spending: "hatte rund 1,5 Mrd. Euro für den Umbau … freigegeben"
  'freigegeben', 'freigeben', 'gibt frei',
  // a partner's share of a joint venture: "Atlasol apportera 1 milliard de dirhams"
  'apportera', 'apporteront', 'aportará', 'aportarán', 'will contribute',
  'invert*', 'inviert*', 'invirt*', 'inversión', 'inversiones', 'destinará', 'destinó', 'destinado', 'ha destinado', 'destinarán', 'destina', 'apuesta', 'apostará', 'poured', 'injecté', 'injectera', 'injecter',
  // an investment contract with a state: "suscribió … un contrato de inversión por USD 32 millones para construir una planta"
  'contrato de inversión', 'contratos de inversión', 'convenio de inversión',
  'destinar', 'desembolso', 'desembolsar', 'desembolsará', 'desembolsado', 'desembolsada', 'inyectar', 'inyectará', 'construir', 'construirá',
  // participles written after the amount: "500 millions d'euros déjà engagés en 2022"
  'engagé', 'engagés', 'engagée', 'engagées', 'consacré', 'consacrés', 'dépensé', 'dépensés', 'gesteckt', 'ausgegeben',
  'destinados', 'comprometidos', 'desembolsados', 'destiné', 'destinés', 'destinée', 'destinées', 'investiti',
  // money sent to sites: "rund 1,6 Milliarden Euro sollen an deutsche Standorte fließen"
  'fließen', 'fließt', 'fliessen', 'fliesst', 'flossen', 'floss', 'modernisiert', 'modernisierte',
  // a figure the story recalls: "war von 400 Millionen Franken die Rede"
  'die rede',
  // money set aside for a site: "für das das Unternehmen 110 Mio. Fr. budgetiert", "a plant budgeted at $300m"
  'budgetiert', 'budgetierte', 'budgeted', 'budgétise', 'presupuesta',
  // promised: "hatte rund 4,5 Milliarden Euro in Aussicht gestellt"
  'promised', 'in aussicht', 'zugesagt', 'zusage', 'prometido', 'prometió',
  'promises', 'promet', 'promettent', 'promettait', 'verspricht', 'versprach', 'promete', 'prometen',
  // built into a site, spent on it: "mehr als vier Milliarden Euro in Villach verbaut", "rund vier Milliarden Euro aufwenden"
  'verbaut', 'verbauen', 'aufwenden', 'aufwendet', 'wendet', 'inyecta', 'inyectó', 'inyectan',
  // "Kansai Motors Adds $200 Million to Tennessee Plant", "Adding two billion reais to the plan"
  'adds', 'add', 'adding',
  // contributing a share: "Rhenova steuert davon 600 Millionen Euro … bei"
  'steuert', 'beisteuern', 'contribuera', 'contributes',
  // expanding a site: "sein Werk für weitere 100 Millionen Euro ausbauen"
  'ausbauen', 'ausbau', 'erweitern', 'erweitert', 'modernisieren', 'expand', 'expands', 'expanding', 'expanded', 'agrandir', 'agrandira', 'agrandit', 'ampliar', 'ampliará', 'amplía', 'amplió', 'ampliación',
  // building a site of a stated worth: "construira une ferme aquacole de 450 millions d'euros"
  'construire', 'construira', 'construit', 'bâtir', 'bâtira', 'implanter', 'implantera', 'errichten', 'errichtet', 'levantará',
];

/** Nouns right after an amount that make it an investment ("$850m plant", "€1.2bn project"). */
export const PROJECT_NOUNS = [
  'plant', 'factory', 'facility', 'project', 'plan', 'investment', 'expansion', 'campus', 'site', 'gigafactory', 'commitment', 'pilot line', 'production line', 'stage', 'tower', 'electrolyser', 'electrolyzer', 'électrolyseur', 'elektrolyseur', 'electrolizador', 'stationen', 'station', 'stations', 'park', 'parks', 'filature', 'neubau', 'bâtiment', 'bâtiments', 'gebäude', 'edificio', 'conversion', 'redevelopment', 'fit-out', 'reconversion',
  'hub', 'centre', 'center', 'programme', 'program', 'scheme', 'bet', 'upgrade', 'overhaul', 'investissement', 'usine', 'projet',
  'investition', 'investitionen', 'werk', 'fabrik', 'projekt', 'vorhaben', 'bauvorhaben', 'inversión', 'planta', 'fábrica', 'proyecto',
  'centro', 'zentrum', 'gigafactoría', 'data center', 'data centre', 'entrepôt', 'almacén', 'anlage', 'nave',
  // food and drink sites: "450 jobs at £180m Leeds bakery"
  'bakery', 'brewery', 'distillery', 'warehouse', 'hangar', 'depot', 'dépôt', 'bäckerei', 'brauerei', 'brasserie', 'panadería', 'cervecería',
  // works on a site: "un plan de rénovation de 85 millions d'euros", "un chantier de 32 millions d'euros", "build-out"
  'rénovation', 'chantier', 'modernisation', 'renovation', 'refurbishment', 'build-out', 'modernización', 'reforma', 'modernisierung', 'sanierung',
  'unit', 'fab', 'fabs', 'resort', 'push', 'hall', 'data hall', 'building', 'phase', 'fase', 'etapa', 'étape', 'tranche', 'ausbaustufe', 'bauabschnitt', 'furnace', 'refinery', 'terminal', 'smelter', 'mine', 'wind farm', 'solar farm', 'farm', 'mill', 'raffinerie', 'mina', 'refinería', 'parque eólico', 'parque solar',
  // more kinds of works and sites: "une cimenterie de 85 milliards FCFA", "una acería de 1.000 millones"
  'cimenterie', 'cementera', 'aciérie', 'acería', 'fonderie', 'fundición', 'sucrerie', 'papeterie', 'verrerie', 'laiterie',
  'conserverie', 'complexe', 'complex', 'complejo', 'plateforme', 'plataforma', 'gigafábrica', 'laboratoire', 'laboratory',
  'laboratorio', 'centre de données', 'centro de datos', 'datacenter', 'datacentre', 'data centers', 'data centres',
  'extension', 'agrandissement', 'ampliación', 'erweiterung', 'ausbau', 'unité', 'usine-pilote',
  // a bet or a promise on a project: "le pari à 1,3 milliard d'euros de l'hydrogène vert", "Hyundai's $26 Billion American Promise"
  'pari', 'promise', 'promesse', 'promesa', 'versprechen',
  // hotels and shops: "48 Millionen für ein Luxushotel", "a $30m store", "un hypermarché de 40 millions d'euros"
  'hotel', 'hôtel', 'store', 'magasin', 'tienda', 'supermarket', 'supermarché', 'hypermarché', 'supermercado', 'headquarters', 'siège',
  // hospitals and clinics a private operator builds: "£70m private hospital for Milton Keynes", "abrirá en Estepona un hospital de 75 millones"
  'hospital', 'hôpital', 'clinique', 'clínica', 'klinik', 'krankenhaus', 'clinic',
  // schools a company builds for its staff: "Falcon Air to open Dh500m training academy"
  'academy', 'training academy', 'training centre', 'training center', 'académie', 'akademie', 'academia',
  // industrial and logistics parks: "Nexus Parques Industriales desarrollará parque de 180 mdd", "un parc d'activités de 40 millions"
  'parque', 'parc',
  // Spanish expansions and mills: "evaluación ambiental expansión por US$ 2.400 millones", "una almazara de 22 millones"
  'expansión', 'almazara',
  // a mine's processing plant: "with a $780-million concentrator at its Lac Sauvage project"
  'concentrator', 'concentrateur', 'concentradora',
];

/** Words near an amount that make it something else: revenue, aid, markets, prices, buybacks… */
export const MONEY_NOT_INVESTMENT = [
  'revenue', 'revenues', 'sales', 'turnover', 'profit', 'profits', 'earnings', 'income', 'ebitda', 'loss', 'losses', 'market',
  'worth', 'valued', 'valuing', 'valuation', 'buyback', 'buybacks', 'dividend', 'dividends', 'savings', 'cost cuts', 'aid',
  'subsidy', 'subsidies', 'grant', 'grants', 'tax credit', 'fund', 'government', 'state aid', 'state support', 'state funding', 'state-backed', 'fee', 'fine', 'debt', 'loan',
  "chiffre d'affaires", 'bénéfice', 'marché', 'soutien', 'soutenu', 'soutenue', 'soutenus', 'cofinancé', 'cofinancée', 'aide', 'aides', 'subvention', 'subventions', "l'état", 'état', 'économies',
  'umsatz', 'gewinn', 'markt', 'förderung', 'förderungen', 'fördermittel', 'staat', 'subvention', 'subventionen', 'zuschuss', 'einsparungen',
  'zuschüsse', 'zuschüssen', 'fördern', 'fördert', 'förderte', 'gefördert', 'bürgschaft', 'bürgschaften', 'strukturhilfe', 'strukturhilfen', 'finanzhilfe', 'finanzhilfen',
  'facturación', 'ventas', 'beneficio', 'mercado', 'ayuda', 'ayudas', 'subvención', 'subvenciones', 'gobierno', 'ahorro', 'ahorros',
  'incentive*', 'incentivo', 'incentivos', 'incitation', 'incitations', 'anreiz', 'anreize', 'steueranreiz*', 'tax breaks', 'funding', 'raised', 'raise', 'raises', 'raising', 'round', 'acquire', 'acquires', 'acquisition',
  // funding rounds and public money, named with the word for investment inside them: "una ronda de inversión Serie C por
  // US$60 millones", "una inversión pública y privada de más de US$ 1,000 millones", "la cartera de inversión minera del país"
  // running costs, pay and damages: "a program to cut annual expenses by $600 million", "an average salary of $128,400",
  // "expected compensation of around 150 million euros"
  'expenses', 'operating costs', 'opex', 'salary', 'salaries', 'wage', 'wages', 'salaire', 'salaires', 'gehalt', 'gehälter', 'salario', 'salarios',
  'compensation', 'indemnisation', 'entschädigung', 'indemnización',
  // savings a merger promises: "verspricht sich Synergien von jährlich 60 Millionen Franken"
  'synergies', 'synergien', 'sinergias', 'kostensynergien',
  'ronda de inversión', 'ronda de financiación', 'ronda serie', 'finanzierungsrunde', 'inversión pública', 'investissement public',
  'investissements publics', 'public investment', 'öffentliche investitionen', 'cartera de inversión', 'cartera de proyectos', 'project pipeline',
  'takeover', 'buy', 'buys', 'bought', 'deal', 'compró', 'compraron', 'rachat', 'rachats', 'racheter', 'rachète', 'rachetés', 'übernahme', 'übernehmen', 'kauft', 'adquisición', 'adquirir',
  'compra', 'comprar', 'lève', 'levée', 'zuschüsse', 'fördergeld', 'subvencionará', 'aides publiques', 'prêt', 'kredit', 'préstamo',
  // money a company is given or takes a share with: "received a $380 million commitment from the federal government",
  // "is taking a £50m stake in the port works", "accorde une contribution remboursable de 2,5 millions $", "Investitionsanreize von 15 Millionen Euro"
  'received', 'receives', 'receiving', 'stake', 'lending', 'lends', 'lend', 'facility from', 'loan facility', 'contribution remboursable', 'contribution non remboursable', 'avance remboursable',
  'investitionsanreiz', 'investitionsanreize', 'investitionsanreizen',
  // loan guarantees, subsidies, sales of assets and support schemes: "son programme de garanties de prêts de 150 millions $",
  // "cession du centre logistique … estimée à 40 millions", "a £50m supply-chain support scheme"
  'garanties de prêts', 'garantie de prêt', 'loan guarantees', 'loan guarantee', 'subsidio', 'subsidios', 'cession', 'cessions', 'support program', 'support programme', 'support scheme', 'support fund', 'grant program', 'grants program', 'grant programme',
  // a scheme's threshold, a state's recorded totals: "el RIGI, que exige un mínimo de US$200 millones", "Penang recorded RM14.2 billion"
  'mínimo', 'recorded',
  // an offer for a business: "una oferta inicial de 12 millones de euros por las 21 tiendas"
  'oferta', 'ofertas', 'offre de reprise', 'offre de rachat',
  // debt a company raises: "the company's ₦20 billion commercial paper programme", "eine Anleihe über 500 Millionen Euro"
  'commercial paper', 'bond', 'bonds', 'anleihe', 'anleihen', 'bonos', 'emprunt obligataire',
  // and pays back: "destinó 4,200 millones de pesos a pagar deuda", "pour rembourser sa dette"
  'pagar deuda', 'pagar la deuda', 'pagar su deuda', 'reducir deuda', 'reducir su deuda', 'amortizar', 'rembourser', 'remboursement',
  'schulden', 'tilgung', 'repay', 'repayment', 'pay down',
  // venture capital flowing into a segment: "flossen … mehr als 900 Millionen Euro Risikokapital in das Segment"
  'risikokapital', 'wagniskapital', 'venture capital', 'capital-risque', 'capital riesgo',
  // "l'Etat" is often written without its accent
  "l'etat", 'etat', 'beihilfe*', 'crédit d’impôt', "crédit d'impôt", 'steuergutschrift', 'crédito fiscal', 'perte', 'recompra',
  'aktienrückkauf*', 'rückkauf*', 'rachat d’actions', "rachat d'actions", 'recompra de acciones', 'umsatz*', 'ingresos', 'facturó', 'facturación',
  'résultat', 'résultat net', 'net income', 'ergebnis', 'nettogewinn', 'resultado', 'beneficio neto', 'capitalisation', 'market value',
  'economic impact', 'impact', 'retombées', 'wertschöpfung', 'impacto económico', 'impacto',
  // fines, profits told with a verb, support offered, a study's estimate of what a sector needs: "une sanction de 45 millions
  // d'euros", "Banco Meridional gana 1.240 millones", "has offered £6.5m of support", "les investissements nécessaires"
  'sanction', 'amende', 'écope', 'écopent', 'legal costs', 'refunds', 'in cash', 'net present value', 'valeur actuelle nette', 'valor actual neto', 'valor presente neto', 'dette nette', 'deuda neta', 'nettoverschuldung', 'multa', 'bußgeld', 'geldstrafe', 'penalty', 'gana', 'ganó', 'gagne', 'verdient', 'earns', 'earned', 'of support',
  'investissements nécessaires', 'investment needed', 'inversiones necesarias', 'investitionsbedarf', 'notwendigen investitionen',
  // a sector's spending told by a trade body or analysts: "total investment in the sector of about €100bn", "Industry association
  // SEMI expects … spending to reach $137 billion", "con inversiones del sector por encima de los 15.000 millones"
  'in the sector', 'del sector', 'du secteur', 'en el sector', 'industry body',
  // ("Querétaro acumula 2 mil 400 millones de dólares de inversión en el sector aeroespacial")
  'inversión en el sector', 'inversiones en el sector', 'investment in the sector', 'investissements dans le secteur', 'investissement dans le secteur', 'industry association', 'trade body',
  'equipment spending', 'automation spending',
  // taxes a town expects from the site: "Steuereinnahmen von jährlich 3 bis 5 Mio. Fr."
  'steuereinnahmen', 'einnahmen', 'mehreinnahmen', 'tax revenue', 'tax revenues', 'recettes fiscales', 'ingresos fiscales',
  // a results release's key figures: "- Auftragseingang: 652,9 Mio. Euro", "- Bereinigtes EBIT: 61,6 Mio. Euro"
  'auftragseingang', 'ebit', 'konzernergebnis', 'jahresergebnis', 'betriebsergebnis', 'order intake', 'free cash flow', 'free cashflow', 'cashflow',
  'prises de commandes', 'carnet de commandes', 'cartera de pedidos',
  // ("aportará al Ayuntamiento unos 4 millones de euros anuales en impuestos y tasas")
  'en impuestos', 'in taxes', 'en impôts', 'an steuern', 'gewerbesteuer',
  // "would add roughly $9 million to the local tax base", "will add another £1.9m to the wage bill"
  'tax base', 'wage bill', 'energy bills', 'masse salariale',
  // accounting totals reported for a past period ("R&D spending, which came to $1.3bn last year")
  // a place's inflow, a sum over many projects, a grant, running costs, assets managed: "has attracted more than £700m of
  // private investment", "that together represent $27.4 million", "une prime à l'investissement de", "spends A$240 million a
  // year", "qui gère 92 milliards de francs d'actifs", "anuncios de inversión por más de", "Investitionsvolumen … begleitet"
  'attracted', 'has attracted', 'attiré', 'angezogen', 'together represent', 'represent', 'anuncios de inversión', 'ha recibido', 'begleitet',
  'une prime', "prime à l'investissement", "une prime à l'investissement", "prime d'investissement", "une prime d'investissement", 'accorde', 'currently spends', 'spends around', 'spends about', 'dépense chaque année', 'gasta cada año', 'gère', 'manages', 'verwaltet', 'gestiona', "d'actifs",
  'under management', 'sous gestion',
  // money others put in: "dont 6 millions apportés par la Région", "provided by the state"
  'apportés par', 'apporté par', 'apportées par', 'financés par', 'financé par', 'aportados por', 'aportado por', 'provided by', 'contributed by',
  // demand, credit lines and thresholds are not spending: "$800 billion of demand", "a £500 million credit facility", "el piso de u$s 200 millones"
  'of demand', 'de demande', 'an nachfrage', 'de demanda', 'credit facility', 'revolving credit', 'ligne de crédit', 'kreditlinie', 'línea de crédito',
  'piso de', 'umbral', 'threshold', 'seuil', 'schwelle',
  // a mine's financing and a bank's loan book, losses, an industry's need: "a US$300-million gold prepayment", "La inversión
  // crediticia sana creció", "the factory had lost £9.6m", "requiring investment of about $25 billion across the industry"
  'prepayment', 'streaming agreement', 'stream financing', 'crediticia', 'lost', 'across the industry', 'across the sector',
  // a whole trade's spending: "dass die Branche bis 2030 rund 24 Milliarden Euro … investieren wird", "Branchenschätzungen zufolge"
  // a trade's or a country's totals and a scheme's threshold: "la inversión minera en el Perú bordearía", "El volumen de inversión en
  // activos hoteleros", "combined investment commitments of more than $49 billion", "R35bn in private investment", "P1.8 trillion in
  // approved investments", "property buyers investing at least Dh2 million"
  'inversión minera', 'inversión hotelera', 'inversión inmobiliaria', 'volumen de inversión', 'combined investment', 'in private investment',
  'approved investments', 'investing at least', 'golden visa',
  // public money in the dative: "rund 150 Millionen Euro an Fördermitteln"
  'fördermitteln',
  // a market's or a country's totals and a scheme's money: "full-year investment volumes of between US$8.5 billion and", "US$1.7 billion of
  // transactions", "through the automotive investment scheme", "Nach Berechnungen von Datacenter Insights werden …", "das Förderprogramm … aufzustocken", "Aus Bundes- und Landesmitteln fließen"
  'investment volume', 'investment volumes', 'of transactions', 'investment scheme', 'incentive scheme', 'nach berechnungen',
  'förderprogramm', 'landesmitteln',
  // a fine, a framework contract's ceiling, aid under another name, a redundancy plan's cost, a trade association's forecast:
  // "die Strafe", "ein Rahmenvertrag mit der Bundeswehr über bis zu 1,2 Milliarden Euro", "eine Investitionsbeihilfe",
  // "einen Sozialplan, für den das Unternehmen rund 25 Millionen Euro veranschlagt", "der Branchenverband"
  'strafe', 'kartellstrafe', 'rahmenvertrag', 'framework contract', 'framework agreement', 'contrat-cadre', 'contrato marco', 'investitionsbeihilfe', 'sozialplan', 'social plan', 'branchenverband', 'bundesmitteln', 'landesmittel', 'bundesmittel',
  // what a union's demands add to labour costs, what a study says a sector needs: "would add more than $60 million to its labour costs",
  // "EV charging sector needs ₹1.2 lakh crore investment by 2030"
  'labour costs', 'labor costs', 'coûts salariaux', 'lohnkosten', 'sector needs', 'secteur a besoin',
  // money raised, lent, a strike's cost, a country's construction spending, what many projects represent: "a levé 30 millions d'euros",
  // "a accordé 1,4 milliard d'euros de prêts", "a strike at its Kansas plant cost it $18 million", "les projets … représentent plus de 15 milliards $"
  'levé', 'levés', 'a levé', 'loans', 'prêts', 'préstamos', 'kredite', 'strike', 'grève', 'streik', 'huelga', 'construction spending', 'représentent', 'representan',
  // the Bundeswehr's special fund, damage a strike did, savings a company puts a figure on ("Die jährlichen Einsparungen beziffert das Unternehmen auf")
  'sondervermögen', 'schaden', 'einsparungen beziffert',
  // a loan beside the company's own money: "con fondos propios y con un crédito sindicado de 50 millones de dólares"
  'un crédito', 'crédito sindicado', 'syndicated loan',
  'die branche', 'branchenschätzungen', 'branchenschätzung', 'branchenweit',
  // a region's or a country's inflow, a company's new shares: not one company's investment
  'atraído inversiones', 'atrajo inversiones', 'attracted investment', 'attracted investments', 'attiré des investissements',
  'ampliación de capital', 'augmentation de capital', 'kapitalerhöhung', 'capital increase', 'rights issue',
  // a stake taken in the company by an investor or a state fund: "prendra une participation de 200 M$ au capital"
  'une participation', 'prise de participation', 'equity stake', 'a stake', 'minority stake', 'beteiligung', 'participación accionarial', 'una participación',
  // raising capital told with the site-expanding verbs: "amplía su capital con 45 millones"
  'su capital', 'son capital', 'its capital', 'sein kapital',
  'came to', 'amounted to', 'totalled', 'totaled', "s'est élevé", 'ont atteint', 'a atteint', 'stands at', 'stood at', 'already stands',
  // money paid over, not spent on a site: "le groupe versera 2,5 millions d'euros pour soutenir la création d'activités"
  'versera', 'verser', 'versé', 'versés', 'versée', 'belief sich', 'beliefen sich', 'ascendió', 'ascendieron',
  // the cost of cutting jobs is not an investment
  'severance', 'restructuring', 'restructuration', 'accompagnement', 'indemnités', 'indemnisation', 'abfindung*', 'konzernumbau', 'umbauprogramm', 'stellenabbau',
  'indemnizaci*', 'despidos', 'ajuste', 'primas', 'bonus', 'bonuses',
  // contracts won and orders are a customer's money, not the company's investment
  'contract', 'contracts', 'contrat', 'contrats', 'auftrag', 'aufträge', 'contrato', 'contratos', 'adjudicado', 'adjudicada', 'adjudica',
  'awarded', 'orders', 'backlog', 'commande', 'commandes', 'auftragsbestand', 'pedidos', 'cartera',
  // money raised from investors
  'finanzierungsrunde', 'eingesammelt', 'sammelt', 'tour de table', 'ronda de financiación', 'valuation', 'bewertung', 'valorisation',
  // money flowing into a country from many investors
  'foreign direct investment', 'foreign investment', 'inward investment', 'investissements étrangers', 'investissements directs étrangers',
  'direktinvestitionen', 'auslandsinvestitionen', 'inversión extranjera', 'inversión extranjera directa',
  // the accounts: write-downs, a buyback programme, capital spending reported for a period ("Investitionen in
  // Sachanlagen gingen … auf 510 Millionen Euro zurück", "investissements corporels … ramenés à 97 millions")
  'impairment', 'write-down', 'writedown', 'dépréciation', 'abschreibung', 'abschreibungen', 'deterioro', 'repurchase',
  'sachanlagen', 'corporels', 'incorporels', 'ramenés', 'ramené', 'ramenée', 'ramenées',
  'subside', 'subsides', 'in support', 'en soutien', 'en apoyo', 'racheté', 'rachetée', 'acquired', 'adquirió', 'adquirida', 'übernommen',
  // a scheme's threshold or training money: "exige un monto mínimo de US$ 200 millones", "$75 million in workforce training funds"
  'monto mínimo', 'montant minimum', 'mindestbetrag', 'minimum investment', 'training funds', 'funds',
  // spending cut back: "Die Investitionen sollen … auf rund 300 Millionen Euro zurückgefahren werden"
  'zurückgefahren', 'zurückfahren', 'gekürzt', 'reduced to', 'cut to', 'trimmed to', 'ramené à', 'reducidas a', 'recortadas a',
  // a merger's one-off costs: "Einmalige Integrationskosten veranschlagt das Unternehmen auf 45 Millionen Franken"
  'öffentlichen und privaten', 'public and private', 'publics et privés', 'públicas y privadas',
  // sector estimates, summit totals and sovereign funds: "Industry group … estimates that more than €15 billion has been invested",
  // "37 milliards d'euros d'annonces", "le fonds souverain émirien Falcon Capital", "pour co-investir"
  'industry group', 'industry body', 'according to industry', "d'annonces", 'd’annonces', 'announcements', 'fonds souverain', 'sovereign fund', 'sovereign wealth fund',
  'staatsfonds', 'fondo soberano', 'co-investir', 'co-invest',
  'integrationskosten', 'einmalige', 'integration costs', 'one-off costs', "coûts d'intégration", 'coûts d’intégration', 'costes de integración',
  // buying companies, tax credits, bond tranches, one-off costs and savings, loans from citizens, public co-financing:
  // "Up to $5 billion earmarked for acquisitions", "up to $145 million in conditional tax credits", "Tranche A : … maturité 5 ans,
  // taux fixe de 3,85 %, montant alloué de 600 millions de dirhams", "die Einmalaufwendungen dafür werden auf 18 Millionen Euro
  // veranschlagt", "über Nachrangdarlehen", "un cofinanciamiento de Corfo"
  'acquisitions', 'tax credits', 'maturité', 'taux fixe', 'obligataire', 'einmalaufwendungen', 'einsparung', 'kosteneinsparungen', 'nachrangdarlehen', 'darlehen', 'cofinanciamiento', 'cofinanciación',
  // a town's budget: "sind im Haushalt 6,8 Millionen Euro vorgesehen"
  'im haushalt', 'im gemeindehaushalt', 'im landeshaushalt',
  // statistics and denials: "Venture investment … fell to $3.1 billion", "came in at £1.84bn", "einen Bericht zurückgewiesen, wonach …"
  'fell to', 'rose to', 'dropped to', 'climbed to', 'came in at', 'venture investment', 'zurückgewiesen', 'dementiert', 'denied', 'démenti', 'desmintió', 'desmiente',
  'iniciativa privada', 'private sector', 'secteur privé', 'sector privado', 'privatwirtschaft',
  // public money by name: "Six hundred million pounds of public money", "les pouvoirs publics ont consacré"
  'public money', 'taxpayers', 'taxpayer', 'argent public', 'fonds publics', 'pouvoirs publics', 'contribuables', 'steuergeld', 'steuergelder',
  'öffentliche gelder', 'öffentlichen gelder', 'steuerzahler', 'dinero público', 'fondos públicos', 'contribuyentes', 'erario',
  // a plan to save money: "a £400 million cost-saving plan", "un plan d'économies"
  'saving', 'cost-saving', 'cost-cutting', 'sparprogramm', 'sparplan', 'ahorro de costes',
  // money paid out to shareholders: "prévoit de verser 8 milliards de dollars à ses actionnaires"
  'shareholders', 'actionnaires', 'aktionäre', 'aktionären', 'accionistas',
  // a cost that rises: "would add £120m to costs next year"
  'to costs', 'to its costs', 'to the cost', 'aux coûts', 'zu den kosten', 'a los costes', 'a los costos',
];

/** Job nouns that make a count a jobs figure on their own. */
export const JOB_NOUNS_STRONG = [
  'jobs', 'job', 'positions', 'posts', 'roles', 'hires', 'vacancies', 'careers', 'emplois', 'postes', 'embauches', 'recrutements',
  // hires in Belgian French: "À la clé: 140 engagements"
  'engagements',
  // people building the site are the construction jobs the press counts: "as many as 1,000 construction workers"
  'construction workers', 'construction staff', 'construction workforce', 'bauarbeiter', 'bauarbeitern', 'ouvriers du bâtiment',
  'arbeitsplätze', 'stellen', 'jobs', 'arbeitsplätzen', 'empleos', 'puestos',
  // German compounds of the same: "rund 80 Dauerarbeitsplätze", "600 neue Industriearbeitsplätze", "40 Lehrstellen"
  'dauerarbeitsplätze', 'industriearbeitsplätze', 'vollzeitarbeitsplätze', 'ausbildungsplätze', 'dauerarbeitsplätzen', 'industriearbeitsplätzen',
  'vollzeitstellen', 'ausbildungsstellen', 'lehrstellen', 'industriejobs', 'vollzeitjobs', 'puestos de trabajo', 'contrataciones', 'cdi',
  // and posts named by the people or the time they are for: "150 Forscherstellen bis 2031", "55 Ganzjahresstellen"
  'forscherstellen', 'ingenieursstellen', 'ingenieurstellen', 'entwicklerstellen', 'pflegestellen', 'verwaltungsstellen', 'teilzeitstellen',
  'ganzjahresstellen', 'saisonstellen', 'expertenstellen', 'fachkräftestellen', 'werkstudentenstellen',
  // Spanish for new hires: "Getafe acogerá unas 600 nuevas incorporaciones"
  'incorporaciones', 'vacantes',
  // Swiss French for jobs: "Trois cent cinquante places de travail seront créées"
  'places de travail',
  // German new hires: "mehr als 250 Neueinstellungen"
  'neueinstellungen',
  // full-time equivalents and job offers: "jusqu'à 400 équivalents temps plein", "publie 60 nouvelles offres d'emploi"
  'équivalents temps plein', 'full-time equivalents', 'vollzeitäquivalente', "offres d'emploi", 'ofertas de empleo', 'job openings', 'stellenangebote',
  "créations d'emplois", 'créations d’emplois', "création d'emplois", 'création d’emplois', 'créations de postes', 'créations nettes',
];
/** Nouns for people: a jobs figure only beside a hiring verb ("hire 1,000 workers", not "employs 12,400 people"). */
export const JOB_NOUNS_WEAK = [
  'people', 'workers', 'employees', 'employés', 'staff', 'colaboradores', 'colaboradoras', 'engineers', 'technicians', 'personnes', 'salariés', 'collaborateurs',
  'personnes supplémentaires', 'mitarbeiter', 'mitarbeitende', 'beschäftigte', 'fachkräfte', 'personas', 'trabajadores', 'empleados',
  'operators', 'drivers', 'nurses', 'scientists', 'researchers', 'developers', 'professionals', 'associates', 'ingénieurs', 'techniciens',
  'opérateurs', 'conducteurs', 'chercheurs', 'menschen', 'ingenieure', 'techniker', 'entwickler', 'ingenieros', 'técnicos', 'operarios', 'profesionales',
  'saisonkräfte', 'aushilfen', 'arbeitskräfte', 'leute', 'leuten', 'entwicklerinnen', 'personen', 'ingenieurinnen', 'mitarbeiterinnen', 'technikerinnen', 'plazas', 'tradespeople',
  'kräfte', 'compagnons', 'cabin crew', 'agents', 'agentes', 'crew members', 'temporarios', 'temporeros', 'operarias', 'intérimaires', 'saisonniers', 'temporaires', 'développeurs', 'desarrolladores', 'beschäftigten', 'handwerker', 'bauarbeiter', 'travailleurs', 'ouvriers',
  'colleagues', 'collègues', 'kollegen', 'kolleginnen', 'compañeros', 'compañeras', 'apprentices', 'trainees', 'apprentis', 'auszubildende', 'lehrlinge', 'aprendices',
  'arbeitskräften', 'mitarbeitern', 'fachkräften', 'ingenieuren', 'arbeiter', 'arbeiterinnen', 'team members', 'auszubildenden',
  'wissenschaftler', 'wissenschaftlerinnen', 'forscher', 'forscherinnen', 'scientifiques', 'científicos', 'investigadores',
  'persons', 'programmers', 'programadores', 'programmeurs', 'programmierer', 'programmiererinnen', 'profils',
  // professions a hospital, a university or an airline hires: "contratará 40 docentes", "embaucher 300 professionnels"
  'teachers', 'doctors', 'physicians', 'professors', 'lecturers', 'pilots', 'locals', 'professionnels', 'professeurs', 'enseignants',
  'médecins', 'pilotes', 'docentes', 'profesores', 'médicos', 'pilotos', 'ärzte', 'ärztinnen', 'lehrer', 'lehrkräfte', 'professoren', 'piloten',
  // crafts and expertise: "800 artisans y seront recrutés", "Bis zu 800 Fachleute sollen dort arbeiten"
  'artisans', 'artesanos', 'craftspeople', 'craftsmen', 'fachleute', 'experten', 'expertinnen', 'spezialisten', 'spezialistinnen',
  'experts', 'expertos', 'specialists', 'spécialistes', 'especialistas',
  // a contact centre's advisers: "Le site accueillera à terme 250 conseillers, recrutés en CDI"
  'conseillers', 'conseillères', 'téléconseillers', 'advisers', 'advisors', 'asesores', 'berater', 'beraterinnen',
  // drivers, warehouse and shop-floor trades: "Gesucht werden 25 zusätzliche Fahrer und Lageristen", "recrutera 40 chauffeurs et caristes"
  'fahrer', 'fahrerinnen', 'lageristen', 'monteure', 'elektriker', 'mechaniker', 'schweißer', 'pflegekräfte', 'verkäufer', 'verkäuferinnen',
  'chauffeurs', 'caristes', 'préparateurs', 'soudeurs', 'vendeurs', 'conductores', 'choferes', 'carretilleros', 'soldadores', 'vendedores', 'mecánicos',
];
/** Words allowed between a count and its job noun ("2 000 emplois directs", "1,100 new jobs"). */
export const JOB_MODIFIERS = [
  // the first of them: "des 150 premiers salariés", "los primeros 200"
  'premiers', 'premières', 'primeros', 'primeras', 'first',
  'new', 'more', 'additional', 'direct', 'permanent', 'proper', 'high', 'well', 'hightech', 'contract', 'gut', 'bezahlte', 'good', 'bien', 'pagados', 'rémunérés', 'eventuales', 'ongoing', 'operational', 'opérationnels', 'operativos', 'full-time', 'full', 'time', 'highly', 'skilled', 'high-skilled', 'well-paid',
  'local', 'construction', 'research', 'extra', 'further', 'manufacturing', 'temporary', 'indirect', 'nouveaux', 'directs', 'it',
  'nouvelles', 'neue', 'neuen', 'direkte', 'indirekte', 'indirekten', 'indirectas', 'indirects', 'zusätzliche', 'zusätzlichen', 'weitere', 'weiteren', 'additionnels', 'nuevos', 'directos', 'nuevas', '-', 'de', 'à', 'temps', 'plein', 'd', "'",
  // kinds of jobs written between the count and the noun ("2,300 union construction jobs")
  'union', 'good-paying', 'high-paying', 'well-paying', 'high-quality', 'high-wage', 'wage', 'long', 'term', 'long-term', 'hoch', 'quality', 'green', 'tech', 'technology',
  'bons', 'bonnes', 'buenos', 'buenas', 'vrais', 'véritables', 'qualifiés', 'cualificados', 'calificados', 'durables', 'pérennes', 'estables',
  'engineering', 'technical', 'and', 'production', 'factory', 'warehouse', 'retail', 'office', 'operations', 'industrial', 'part-time', 'seasonal',
  'qualifiés', 'pérennes', 'industriels', 'durables', 'qualifizierte', 'hochqualifizierte', 'feste', 'dauerhafte',
  'software', 'sales', 'customer', 'service', 'support', 'logistics', 'delivery', 'digital', 'casual', 'agency',
  'scientific', 'specialist', 'graduate', 'professional', 'managerial', 'administrative', 'clinical', 'scientifiques', 'wissenschaftliche', 'científicos',
  'cualificados', 'calificados', 'fijos', 'indirectos', 'estables', 'permanentes',
  'future', 'futurs', 'futures', 'futuros', 'futuras', 'künftige', 'künftigen', 'zukünftige', 'zukünftigen',
  // a qualifier after the count ("sixty or so new jobs", "500 ou plus emplois"; see QUALIFIERS_AFTER)
  'or', 'so', 'ou', 'plus', 'oder', 'mehr', 'o', 'más',
];

/** Hiring verbs: make weak job nouns count ("will hire 1,000 workers", "recruter 700 personnes"). */
export const HIRING_CUES = [
  'create', 'creates', 'creating', 'created', 'creation', 'hire', 'hires', 'hiring', 'recruit', 'recruiting', 'add', 'adding',
  'bring', 'bringing', 'support', 'generate', 'will employ', 'would employ', 'should employ', 'to employ',
  // (an adverb between: "will now employ 700 people at full capacity", "would still employ 450 people when operating")
  'will now employ', 'would now employ', 'will still employ', 'would still employ', 'will eventually employ', 'would eventually employ', 'will ultimately employ',
  // (not "employ" alone: "whose companies employ more than 60,000 people" is a payroll; the future it takes is often
  // a verb earlier: "would begin in the spring and employ up to 3,000")
  'and employ', 'could employ', 'initially employ', 'eventually employ', 'ultimately employ', 'directly employ',
  'créer', 'créera', 'création', 'recruter', 'recrutera', 'embaucher', 'embauchera', 'générer', 'permettra', 'emploiera',
  // a plant's future payroll: "l'usine doit désormais employer 550 personnes à terme"
  'devra employer', 'désormais employer', 'et employer', 'employer à terme',
  'schaffen', 'entstehen', 'einstellen', 'schafft', 'neue', 'crear', 'creará', 'crearán', 'contratar', 'contratará', 'generar',
  // the company speaking: "nous recruterons une cinquantaine de collaboratrices et de collaborateurs", "Este año contratamos 150 ingenieros",
  // "En la obra necesitaremos quizá 300 personas"
  'recruterons', 'embaucherons', 'contratamos', 'incorporamos', 'necesitaremos',
  // the Colombian press's hiring verb: "La firma prevé vincular a 45 operarios"
  'vincular a', 'vinculará a', 'vincularán a', 'vincularía a',
  'generará', 'empleará', 'incorporar', 'incorporará',
  // other forms of the same verbs: "plant, 2.500 Beschäftigte einzustellen", "recrutement de 700 personnes"
  'hired', 'recruits', 'recruited', 'recrutement', 'recrute', 'recrutent', 'embauche', 'embauches', 'créeront', 'recruté', 'recrutés', 'embauché', 'embauchés', 'embauchées', 'recrutées', 'engagé', 'engagés', 'contrató', 'contratado',
  'einzustellen', 'eingestellt', 'anzustellen', 'zu schaffen', 'geschaffen', 'rekrutieren', 'contratación', 'contratarán',
  // people who will work at a new site: "ein Zentrum, in dem bis zu 600 Ingenieure arbeiten sollen"
  'arbeiten sollen', 'arbeiten werden', 'will work', 'would work', 'travailleront', 'trabajarán',
  // "dará empleo a 500 personas" (future only: "da empleo a 9.000 personas" is the payroll)
  'dará empleo', 'dar empleo', 'dar trabajo', 'daría empleo', 'dará trabajo', 'ofrecerá empleo', 'generará empleo', 'donnera du travail', 'dio empleo', 'dieron empleo',
  // every form of the French and Spanish hiring verbs: "Nous recruterons", "Contrataremos a unos 90"
  'recrut*', 'embauch*', 'créerons', 'créeront', 'contratar*', 'contrataremos', 'crearemos', 'generaremos', 'incorporaremos', 'emplearemos',
  'emplearán', 'se emplearán', 'darán trabajo', 'mobilisera', 'mobilisés', 'mobilisées', 'devrait employer', 'va employer', 'vont employer', 'doit employer',
  // "Nous allons employer 2 000 personnes", "L'entreprise compte ouvrir plus de 200 postes" (a plan, not "le site compte 300 salariés")
  // an estimate kept, not a payroll kept: "La minera mantiene su estimación de 3.500 puestos de trabajo"
  'mantiene su estimación', 'mantiene su previsión', 'maintient son estimation', 'maintient son objectif',
  // a site opening with its staff, a payroll that will reach: "iniciará operaciones en 2026 con 400 trabajadores", "comenzará a operar
  // … con 150 operarias", "A pleno rendimiento, la plantilla podrá alcanzar hasta 900 trabajadores", "llegará a los doscientos trabajadores"
  'iniciará operaciones', 'comenzará a operar', 'comenzará operaciones', 'empezará a operar', 'arrancará con', 'operará con', 'abrirá con',
  'will open with', 'will start with', 'démarrera avec', 'ouvrira avec', 'podrá alcanzar', 'podría alcanzar', 'alcanzará', 'llegará a',
  // "hatte angekündigt, … bis zu 2.000 Menschen zu beschäftigen" (the plan, not the payroll "beschäftigt")
  'zu beschäftigen',
  // "Elle étoffera ses effectifs de 35 personnes" (the payroll grown, not the payroll as it stands), "prévoit d'ouvrir jusqu'à 200 postes"
  'étoffera ses effectifs', 'étoffer ses effectifs', 'étoffe ses effectifs', 'ouvrir',
  // a payroll that will grow by the figure: "su plantilla crecerá en cerca de 300 personas", "its workforce will grow by 120"
  'crecerá en', 'aumentará en', 'se ampliará en', 'will grow by', 'to grow by', 'augmentera de',
  // a payroll the site will reach: "L'effectif pourra atteindre jusqu'à 1 500 emplois" (as "podrá alcanzar" above)
  'pourra atteindre', 'devrait atteindre',
  // "A further 250 temporary staff will be taken on", "About 1,000 workers will be engaged during the construction phase"
  'taken on', 'be taken on', 'will be engaged', 'be engaged',
  'allons employer', 'compte ouvrir', 'comptent ouvrir', 'va ouvrir', 'vont ouvrir', 'ouvrira', 'ouvriront',
  // "le chantier devrait mobiliser jusqu'à 600 travailleurs", "l'usine pourrait employer jusqu'à 300 personnes", "to be employed during construction"
  'mobiliser', 'pourrait employer', 'pourra employer', 'pourrait accueillir', 'accueillera', 'to be employed', 'will be employed',
  // people on a building site: "Environ 200 ouvriers seront mobilisés pendant les travaux", "bis zu 2.500 Beschäftigten auf der Baustelle"
  'während der bauphase', 'auf der baustelle', 'pendant les travaux', 'au plus fort des travaux', 'durante la fase de construcción',
  'en construcción', 'requerirá', 'requerirán', 'will require', 'nécessitera',
  // "avec 600 emplois à la clé", "… und dort mehr als 100 Personen anstellen"
  'à la clé', 'anstellen', 'anstellt',
  // German for seeking, winning and bringing people in, or planning for them: "60 Ingenieure … gesucht", "400 Pflegekräfte gewinnen",
  // "holt 400 Pflegekräfte aus dem Ausland", "250 Leute an Bord holen", "sind 450 Beschäftigte vorgesehen", "Wir versprechen 900 Arbeitsplätze"
  'beschäftigt werden sollen', 'aufbauen', 'aufgebaut', 'aufbaut', 'gesucht', 'gewinnen', 'anwerben', 'angeworben', 'holen', 'holt', 'an bord', 'vorgesehen', 'versprechen', 'verspricht',
  // Spanish for taking people on: "sumará 250 programadores", "tomará 300 trabajadores",
  // "Los primeros 200 trabajadores se incorporarán en 2028"; and a building site's peak: "un peak de 5.000 trabajadores"
  'sumar', 'tomará', 'tomarán', 'se incorporarán', 'peak de', 'pico de', 'at its peak', 'at peak construction',
  // Swiss and Belgian French hire with "engager": "Nous allons engager environ 120 personnes"
  'engager', 'engagera', 'engageront', 'engageons', 'allons engager',
  // "90 ingenieros contratados en dos años", "donde sumará 30 operarios", "900 contract workers will be needed"
  'contratados', 'contratadas', 'sumará', 'sumarán', 'will be needed', 'seront nécessaires', 'took on', 'take on', 'taking on', 'will take on', 'would be employed', 'will be employed', 'be employed',
  'se ocuparán', 'ocupará', 'ocuparán',
  // looking for staff and strengthening a workforce: "Paketblitz sucht 3.500 Aushilfen", "reforzará la plantilla con 2.500 empleados"
  'sucht', 'suchen', 'seeks', 'cherche', 'busca', 'buscará', 'reforzará la plantilla', 'renforcera ses effectifs', 'renforcer ses équipes',
  // the building site's crews: "Up to 4,000 workers will be on site at the peak of construction", "In der Bauphase sollen …"
  'at the peak of construction', 'peak of construction', 'during construction', 'in der bauphase',
  'au plus fort du chantier', 'mobiliseront', 'recourir à', 'recourra à', 'to be needed', 'be needed', 'are needed',
  // a building site's workforce at its height: "the construction workforce is expected to peak at up to 900 workers"
  'peak at', 'to peak at',
  // Colombian and other Latin American hiring verbs, and a building site's demand: "se vincularán cerca de 900 trabajadores",
  // "la obra demandará hasta 1.200 trabajadores"
  'se vincularán', 'se vinculará', 'vinculará', 'vincularán', 'demandará', 'demandarán',
  // the announcement itself: "Today's announcement of 250 jobs", "l'annonce de 300 emplois", "el anuncio de 200 empleos"
  'announcement of', 'annonce de', 'ankündigung von', 'anuncio de',
  // a site that will hold the jobs, or the people a plan will need: "will host 650 permanent jobs", "We will need about 900 people",
  // "prevé emplear hasta 1.800 trabajadores", "con la que incorporó 45 trabajadores"
  'will host', 'would host', 'will need', 'would need', 'will be hosting', 'prevé emplear', 'espera emplear', 'planea emplear', "prévoit d'employer",
  'incorporó', 'incorporaron', 'incorpora',
  // the first team of a new site: "We will start with about 120 people", "We will open with around 400 people"
  'start with', 'open with', 'begin with', 'démarrer avec', 'ouvrir avec', 'arrancar con', 'abrir con', 'starten mit',
  // the building site's peak: "un pico de 1.800 trabajadores", "a peak workforce of 2,000", "au plus fort du chantier"
  'un pico de', 'en el peak', 'a peak of', 'peak workforce of', 'au plus fort du chantier', 'in der spitze',
  // work a new site will give (future only: "provides employment to 5,000 people" is a payroll): "is expected to provide employment
  // to about 1,200 people", "el parque necesitará unos 70 trabajadores"
  'to provide employment', 'will provide employment', 'would provide employment', 'will provide jobs',
  // people set to start work, or a building site's needs: "Die ersten 40 Mitarbeiter sollen … ihre Arbeit aufnehmen",
  // "La construcción demandaría un peak de 4.000 trabajadores", "requeriría una mano de obra promedio de 2.100 trabajadores"
  'ihre arbeit aufnehmen', 'die arbeit aufnehmen', 'anfangen', 'gebraucht', 'brauchen', 'arbeit finden', 'demandaría', 'requeriría',
  // a proposal's promise: "promising employment for about 40,000 people", "an investment of Rs 14,250 crore and employment for 6,800 people"
  'promising employment', 'promises employment', 'and employment for', 'generating employment', 'generate employment', 'employment to',
  // a release's highlights: "• Direct employment for about 3,500 people and indirect employment for over 9,000 people"
  'direct employment for', 'indirect employment for', 'employment opportunities for',
  'darán empleo',
  'necesitará unos', 'necesitará unas', 'necesitará hasta', 'necesitará más de', 'necesitarán unos', 'necesitarán hasta',
];
/** Near a jobs figure, these make it headcount, job cuts or a sector figure, not a hiring claim. */
export const JOBS_NOT_HIRING = [
  'employs', 'employ', 'employed', 'employing', 'workforce', 'headcount', 'emploie', 'emploient', 'compte', 'beschäftigt',
  'beschäftigen', 'emplea', 'cuenta con', 'plantilla', 'effectif', 'effectifs', 'belegschaft', 'cut', 'cuts', 'cutting',
  'axe', 'eliminate', 'shed', 'lay off', 'layoffs', 'lost', 'lose', 'losing', 'suppression', 'suppressions', 'supprimer',
  'supprimera', 'abbauen', 'abbau', 'streichen', 'gestrichen', 'recortar', 'despidos', 'despedir', 'eliminar', 'accounts for',
  'account for', 'sector', 'industry', 'secteur', 'branche', 'industrie', 'fans', 'season', 'tickets', 'nationwide', 'statewide',
  'slash', 'slashes', 'slashing', 'scrap', 'scraps', 'redundancies', 'job losses', 'streicht', 'ab', 'wegfallen', 'entfallen',
  'recortará', 'recorte', 'eliminará', 'despedirá', 'ere', 'licencier', 'licenciements', 'plan social',
  // "La compañía, que actualmente da trabajo a mil 100 personas" (the future "dará trabajo" is hiring)
  'da trabajo', 'da empleo', 'dan trabajo', 'dan empleo',
  'ya tiene', 'ya cuenta', 'déjà', 'already has', 'bereits hat', 'keeping', 'keep', 'retain', 'retaining', 'conserver', 'maintenir', 'behalten', 'mantener', 'mantendrá', 'mantiene',
  'perdu', 'perdus', 'verloren', 'perdió', 'perdido', 'ont disparu', 'disparu', 'disparus', 'supprimant', 'abzubauen', 'will go', 'are to go', 'disparaîtront', 'desaparecerán', 'recortando',
  'disparaître', 'pourraient disparaître', 'départs volontaires', 'plan de départs', 'salida voluntaria', 'salidas voluntarias', 'bajas voluntarias',
  // "up to 700 roles could go", "Se destruyen 900 empleos", "1.500 Stellen … nicht nachzubesetzen", a merged group's payroll, public staff
  'could go', 'may go', 'might go', 'to go as', 'to go at', 'jobs set to go', 'phased out', 'phase out', 'stammbelegschaft', 'betroffen', 'touchés', 'afectados', 'could affect', 'would affect', 'will affect', 'affecting', 'bangen', 'bangt', 'nachbesetzt', 'non pourvus', 'non pourvues',
  // capacities and staff moving along: "4.500 Personen pro Stunde", "Bürogebäude mit Platz für 900 Arbeitsplätze", "weitere 30 Mitarbeitende wechseln aus dem alten Lager"
  'pro stunde', 'per hour', 'par heure', 'por hora', 'platz für', 'wechseln', 'capacidad para', 'capacity for',
  // a payroll in the past tense, and staff moved from other sites: "le groupe employait 5 800 équivalents temps plein",
  // "cuyos 420 trabajadores serán trasladados a Pudahuel"
  'employait', 'employaient', 'empleaba', 'empleaban', 'trasladados', 'trasladadas',
  // jobs moved abroad: "seine Fertigung mit 170 Stellen nach Polen zu verlagern"
  'verlagern', 'zu verlagern', 'verlagert',
  // the payroll as it stands: "mit derzeit 290 Beschäftigten", "die 48 Beschäftigten bleiben aber an Bord"
  'derzeit', 'aktuell', 'actuellement', 'bleiben', 'ajuste de', 'perdrait', 'perdraient', 'perdra', 'perdront', 'planilla actual', 'plantilla actual', 'tiene hoy', 'que tiene hoy', 'touchera', 'toucheront', 'touchant', 'in gefahr', 'betroffen sind', 'sind betroffen', 'umziehen', 'mit umziehen', 'destruyen', 'destruye', 'destruirá', 'détruits', 'détruit', 'vernichtet', 'nachzubesetzen',
  'nicht nachbesetzen', 'enlarged group', 'combined group', 'combined company', 'merged group', 'nouvel ensemble', 'plantilla pública',
  'fonction publique', 'landesverwaltung', 'öffentlichen dienst', 'à pourvoir', 'sin cubrir', 'unbesetzt', 'unfilled', 'pénurie', 'attracted', 'has attracted',
  'together represent', 'represent', 'begleitet', 'weggefallen', 'abgebaut', 'fallen weg', 'fielen weg', 'eliminated', 'axed',
  // people already on the payroll: "s'ajouteront aux 900 salariés déjà présents", "the 1,100 staff already employed there"
  'déjà présents', 'déjà employés', 'already employed', 'already working', 'already employs', 'bereits beschäftigt', 'bereits beschäftigten',
  'ya empleados', 'actuels', 'existing', 'existants', 'actuales', 'bestehenden', 'currently',
  // "fallen … rund 900 Stellen weg"
  'weg', 'fallen weg',
  // a closure: "will close a plant in Norway with the loss of 300 jobs"
  'loss', 'closing', 'closure', 'fermeture', 'fermer', 'schließung', 'schließt', 'cierre', 'cerrará',
  // jobs kept are not jobs created: "sollen rund 1.500 Arbeitsplätze gesichert werden", "to safeguard 1,500 jobs"
  'gesichert', 'gesicherte', 'gesicherten', 'sichern', 'sichert', 'erhalten', 'safeguard', 'safeguards', 'safeguarding', 'safeguarded', 'secure', 'secures', 'securing', 'secured',
  // an agency's count of jobs "created or safeguarded" is no one company's hiring
  'created or safeguarded', 'created or retained', 'créés ou maintenus', 'créés ou sauvegardés', 'geschaffen oder gesichert', 'creados o mantenidos', 'entre creados y mantenidos',
  'save', 'saves', 'saving', 'saved', 'retain', 'preserve', 'preserving', 'preserved', 'maintenir', 'maintien', 'préserver', 'sauvegarder', 'pérenniser', 'sauver',
  'mantener', 'preservar', 'salvar', 'asegurar', 'garantizar',
  // past and present forms: "avait supprimé 5 000 emplois", "hatte 500 Stellen abgebaut"
  'eliminated', 'eliminating', 'axed', 'axing', 'laid off', 'shedding', 'slashed', 'supprimé', 'supprimés', 'supprimées',
  'supprime', 'suppriment', 'supprimait', 'supprimaient', 'licencié', 'licenciés', 'abgebaut', 'streicht', 'strich',
  'eliminó', 'eliminado', 'eliminaron', 'elimina', 'despidieron', 'recortó', 'suprimió', 'suprimirá', 'suprimir', 'suprime',
  'recortara', 'recortaron', 'recorta', 'recortarán', 'recortaría', 'recortado', 'recortados', 'recortadas',
  // the payroll it works with now: "Actualmente trabaja con 5.800 personas en pico de campaña"
  'trabaja con', 'trabajan con',
  // people already at work there, jobs hanging on an industry: "a los 3 mil 400 trabajadores que ya laboran en el sitio",
  // "In der Region hängen rund 8.000 Arbeitsplätze an der Autoindustrie"
  'ya laboran', 'que laboran', 'hängen', 'hängt', 'depend on',
  // "… but 1,900 jobs to go", a study's estimate: "Study estimates 1.5 lakh jobs could be created"
  'to go', 'study estimates', 'report estimates',
  // jobs at risk, and a whole country's count: "stehen … 1.100 Arbeitsplätze auf dem Spiel", "64 mil 200 empleos formales en todo el país"
  'auf dem spiel', 'at risk', 'at stake', 'en jeu', 'menacés', 'menacé', 'en riesgo', 'en juego', 'bedroht', 'gefährdet',
  'formales', 'went', 'have gone', 'today', 'heute', "aujourd'hui", 'aujourd’hui', 'hoy', 'actualmente', 'filière',
  'vacants', 'vacantes', 'vacant', 'restent vacants', 'industry body',
  // jobs a merger costs, removes or saves: "kostet bis zu 350 Jobs", "will remove about 1,100 roles", "140 emplois sauvés"
  'kostet', 'kosten', 'coûte', 'coûtera', 'cuesta', 'costará', 'costs', 'will cost', 'has cost', 'have cost', 'had cost', 'remove', 'removes', 'removing', 'removed',
  'sauvés', 'sauvé', 'sauvegardés', 'maintenus', 'conservés', 'salvados', 'gerettet', 'iniciativa privada', 'private sector',
  // jobs sacrificed or destroyed, staff redeployed: "380 emplois sacrifiés", "laissés sur le carreau", "um 600 Stellen schrumpfen"
  'sacrifiés', 'sacrifiées', 'sacrificados', 'sacrificadas', 'sacrificed', 'sur le carreau', 'reclassement', 'reclassés', 'redeployed',
  'schrumpfen', 'schrumpft', 'vernichten', 'vernichtet', 'destroy', 'destroyed', 'détruits', 'détruire', 'destruir', 'destruidos', 'wiped out',
];

/** Cumulative totals: "has invested … since 2010", "brings total … to", "investis depuis". */
export const CUMULATIVE_CUES = [
  'to date', 'so far', 'à ce jour', 'bislang', 'bisher', 'hasta la fecha',
  // "Insgesamt hat Voltara … rund fünf Milliarden Euro in den Standort gesteckt"
  // a running total: "la inversión acumulada … superará los 2.000 millones", "ses investissements au Québec dépasseront"
  'aura investi', 'auront investi', 'will have invested', 'habrá invertido', 'habrán invertido',
  'acumulada', 'acumulado', 'cumulés', 'cumulé', 'kumuliert', 'kumulierten', 'ses investissements au', 'ses investissements en',
  'in den vergangenen', 'over the past', 'in the past', 'au cours des dernières', 'ces dernières années', 'en los últimos',
  // "affirme avoir investi plus de 1,5 milliard", "dice haber invertido", "to have invested"
  'avoir investi', 'haber invertido', 'to have invested', 'in den letzten',
  'insgesamt hat', 'hat insgesamt', 'hat bereits', 'haben bereits', 'a déjà', 'ont déjà', 'ya ha', 'ya han', 'has already spent', 'has spent',
  'has invested', 'have invested', 'has already invested', 'a investi', 'a déjà investi', 'ont investi', 'hat investiert',
  'ha invertido', 'han invertido', 'ha invertido ya', 'has created', 'a créé', 'hat geschaffen', 'ha creado',
  // what it has put in so far: "SdP lleva invertidos US$ 320 millones"
  'lleva invertidos', 'lleva invertido', 'llevan invertidos', 'llevamos invertidos',
  // already spent on the site: "dit y avoir déjà injecté 120 millions", "bereits rund 280 neue Stellen geschaffen"
  // (not "déjà investi" alone: "avait déjà investi" is an earlier plan)
  'avoir déjà injecté', 'avoir injecté', 'bereits geschaffen', 'already spent', "l'enveloppe totale", 'enveloppe totale',
];
/** "since/depuis/seit/desde" make a total cumulative when a year or a founding follows. */
export const SINCE_WORDS = ['since', 'depuis', 'seit', 'desde'];
export const FOUNDING_WORDS = ['börsengang', 'listing', 'founded', 'founding', 'foundation', 'opened', 'creation', 'inception', 'création', 'fondation', 'ouverture', 'gründung', 'eröffnung', 'fundación', 'creación', 'apertura', 'launch', 'its', 'sa', 'son', 'der', 'su'];
/** A year after these dates the company, not an announcement ("une start-up fondée en 2019 a annoncé …"). */
export const FOUNDED_WORDS = ['founded', 'established', 'fondée', 'fondé', 'créée', 'gegründet', 'fundada', 'fundado', 'creada'];
/** "brings (its) total (…) to": a running total. */
export const TOTAL_WORDS = [
  'bring', 'brings', 'bringing', 'lift', 'lifts', 'take', 'takes', 'raise', 'raises', 'raising', 'porte', 'portant', 'portera',
  'porter', 'erhöht', 'erhöhen', 'steigt', 'eleva', 'elevará', 'elevar', 'lleva', 'llevará',
];
/** Past announcements: with a past time marker close by they make a figure earlier. */
/** A running total or a since-year right after these is a record, not a total ("the largest since 2021", "its largest so far"). */
export const SUPERLATIVES = ['largest', 'biggest', 'first', 'highest', 'largest-ever', 'plus important', 'plus gros', 'premier', 'première', 'größte', 'größten', 'erste', 'mayor', 'primera', 'primer'];
/** Pluperfect and similar: the whole sentence tells of an earlier announcement. */
export const PLUPERFECT = ['had', 'hatte', 'hatten', 'avait', 'avaient', 'était', 'étaient', 'había', 'habían'];
export const PAST_ANNOUNCE = ['engagé', 'engagée', 'engagés', 'ankündigte', 'ankündigten', 'completed', 'achevé', 'completó', 'hired', 'recruté', 'embauché', 'eingestellt', 'contrató', 'invested', 'invirtió', 'investierte', 'destinó', 'spent', 'poured', 'consacré', 'injecté', 'gesteckt', 'steckte', 'invertido', 'investi', 'opened', 'inaugurated', 'built', 'inauguré', 'inaugurée', 'inauguró', 'abrió', 'eröffnete', 'committed', 'bekannt', 'comprometió', 'announced', 'pledged', 'promised', 'unveiled', 'said', 'committed', 'annoncé', 'annoncés', 'annoncées', 'annoncée', 'promis', 'angekündigt', 'kündigte', 'zugesagt', 'anunció', 'anunciado', 'anunciados', 'prometió', 'prometido', 'presentó', 'inaugurado', 'inaugurada', 'eröffnet'];
/** A total the new figure brings the company to; only a figure after these is the total: "would rise to more than €2 billion", "summieren sich … auf", "eleva a más de". */
export const RAISES_TOTAL = ['would rise to', 'will rise to', 'summieren sich', 'summiert sich', 'summiere sich', 'steigt die gesamtinvestition', 'eleva a', 'elevará a', 'porte à', 'portera à'];
/** Earlier announcements: "announced in 2023", "pledged last year", "avait annoncé", "hatte angekündigt". */
export const EARLIER_CUES = [
  'last year', 'previously', 'earlier this year', "l'an dernier", "l'an passé", "l'année dernière", "l'année précédente",
  'avait annoncé', 'avait promis', 'avait déjà annoncé', 'avaient annoncé', 'hatte', 'hatten', 'vergangenen jahr', 'im vorjahr', 'letztes jahr',
  'el año pasado', 'había anunciado', 'anunció en', 'had announced', 'had pledged',
  'announced for', 'annoncés en', 'annoncé en', 'annoncées en', 'annoncés l', 'zuvor', 'anunciados en', 'anunciado en', 'anunciadas en', 'había prometido', 'avait prévu',
  // a time ago: "opened two years ago", "inaugurée il y a deux ans", "hace dos años", "vor zwei Jahren"
  'ago', 'il y a', 'hace', 'vor zwei jahren', 'vor drei jahren', 'vor einem jahr', 'vor kurzem', 'ya había', 'avions investi', 'avaient investi', 'had invested',
  'avait investi', 'avait déjà investi', 'avait mis', 'avait déjà mis', 'había invertido', 'had put', 'had already invested',
  // what a project first foresaw: "le projet initial … prévoyait 500 millions", "ursprünglich geplant"
  'projet initial', 'initialement', 'prévoyait', 'initial plan', 'originally', 'had planned', 'ursprünglich', 'inicialmente', 'preveía',
  // the plan before this one: "duplica los 220 millones del plan anterior"
  // "Die damals angekündigten 80 neuen Stellen", "which it said at the time would create 500 jobs"
  'damals', 'at the time', "à l'époque", 'en su momento', 'damalige', 'damaligen',
  // a past passive: "für den rund 25 Millionen Euro investiert wurden"
  'investiert wurden', 'investiert wurde', 'investiert worden',
  'plan anterior', 'previous plan', 'plan précédent', 'précédent plan', 'vorherigen plan', 'vorigen plan',
  // "La versión original contemplaba 180 puestos", "the original plan", "la version initiale"
  'versión original', 'proyecto original', 'original plan', 'original proposal', 'version initiale', 'ursprüngliche', 'ursprünglichen',
  // "los 600 previstos originalmente", "los 1.200 del anuncio inicial", "initially promised"
  'originalmente', 'anuncio inicial', 'anuncio original', 'plan original', 'plan inicial', 'annonce initiale', 'initially', 'initial announcement',
];
/** "dont", "including", "davon": what follows is a part of the figure just named. Each rule adds the forms it reads. */
export const PART_WORDS = ['dont', 'including', 'davon', 'darunter', 'incluidos'];
/** A figure right after these is an earlier, separate announcement ("on top of the 400 jobs"). */
export const ADDS_TO_EARLIER = ['on top of', 'in addition to', "s'ajoutent aux", "s'ajoutent à", "s'ajoute aux", 'viennent s’ajouter aux', 'zusätzlich zu', 'además de', 'se suman a', 'se suman a los',
  'se suma a', 'se suma a los', 'se sumarán a', 'se sumarán a los', 'se sumará a', 'se sumará a los', "s'ajouteront aux", "s'ajoutera aux", 'kommen zu den', 'kommen zu'];

/**
 * Plural subjects that make a figure a sum over many companies ("foreign companies pledged
 * €15bn in total"): with no company named in the sentence, the figure is not the story's
 * company's. Words that are also singular ("Unternehmen", "Hersteller") and "investors" (a
 * company "told investors" its own plans) are left out.
 */
export const MANY_COMPANIES = [
  'companies', 'firms', 'manufacturers', 'carmakers', 'entreprises', 'groupes', 'industriels', 'firmen', 'konzerne',
  'empresas', 'compañías', 'multinacionales', 'mitgliedsunternehmen', 'entreprises membres', 'empresas asociadas', 'member companies',
  // associations speaking for a sector
  'patronales', 'patronal', 'verbände', 'verband', 'syndicats', 'sindicatos', 'unions', 'lobby',
];

/** A public body as the sentence's subject: with no company named, its money is public money ("The city plans to spend …"). */
export const PUBLIC_BODIES = [
  'the city', 'the state', 'the government', 'the council', 'ministers', 'the ministry', 'the county', 'the province',
  'the port authority', 'la autoridad portuaria', 'the port', 'le port', 'der hafen', 'el puerto', 'el municipio', 'la municipalidad', 'the municipality', 'la commune', 'die gemeinde', "l'autorité portuaire", 'die hafenbehörde',
  'la ville', "l'état", "l'etat", 'le gouvernement', 'la région', 'le département', 'le ministère', 'la métropole',
  'le conseil régional', 'le conseil départemental', 'le conseil municipal', 'el consejo de gobierno', 'el pleno',
  // a regional government's department: "… destacó que el departamento de Economía dispondrá de 410 millones" (not "el consejero
  // delegado", a company's chief executive)
  'la consejería', 'el departamento',
  // the EU's bank lends: "La Banque européenne d'investissement prêtera 200 millions d'euros"
  'la banque européenne', 'el banco europeo', 'die europäische investitionsbank', 'the european investment bank',
  'die stadt', 'der staat', 'das land', 'der bund', 'die bundesregierung', 'die landesregierung', 'der freistaat', 'die regierung', 'das ministerium',
  'el gobierno', 'el ministerio', 'la junta', 'la generalitat', 'la xunta', 'el ayuntamiento', 'la comunidad', 'el estado', 'la diputación',
  // a law or a budget: "La loi de programmation militaire prévoit 413 milliards d'euros", "El presupuesto incluye 80 millones"
  'la loi', 'le budget', 'le projet de loi', 'le plan france 2030', 'france 2030', 'the budget', 'the bill', 'der haushalt', 'das gesetz', 'der bundeshaushalt', 'la ley', 'el presupuesto', 'los presupuestos',
];

/** Head words of public bodies, any language, for a public body doing the spending anywhere before the figure (see spenders.ts) ("Leeds City Council", "la Région", "el Ayuntamiento de Madrid", "der Kanton Wallis"). */
export const PUBLIC_HEAD_WORDS = [
  'council', 'government', 'governments', 'ministers', 'ministres', 'ministros', 'pouvoirs', 'gouvernements', 'gobiernos', 'ministry', 'municipality', 'province', 'state', 'authority', 'agency', 'commission', 'regulator', 'régulateur', 'regulador', 'watchdog', 'ejecutivo', 'consejería', 'gobernación', 'hospital', 'hôpital', 'estado', 'ville', 'concello', 'maritime', 'eu', 'ue', 'élysée', 'elysée', 'moncloa', 'kanzleramt', 'gouvernement', 'ministère', 'région', 'commune', 'mairie',
  'métropole', 'communauté', 'département', 'état', 'canton', 'gobierno', 'ministerio', 'ayuntamiento', 'municipio', 'municipalidad',
  'alcaldía', 'provincia', 'región', 'comunidad', 'junta', 'generalitat', 'xunta', 'diputación', 'cabildo', 'agglomération', 'agglo', 'conselleria', 'consellería',
  // public investment banks: "Bpifrance mettra 500 millions d'euros sur la table"
  'bpifrance', 'kfw', 'eib',
  // and the development agencies of Latin America: "Corfo, por su parte, comprometió US$ 35 millones para un programa de proveedores"
  'corfo', 'bndes', 'nafin', 'bancoldex', 'cofide',
  // the French agencies and the executive: "L'Ademe apportera 14 millions d'euros", "L'exécutif a prévu de consacrer 1,25 milliard"
  'ademe', 'exécutif', 'agence', 'agencia',
];
/** German heads, capitalised like every noun: "Die Stadt Hanau", "das Land Oberösterreich". */
export const GERMAN_PUBLIC_HEAD_WORDS = ['stadtrat', 'gemeinderat', 'kreistag', 'landtag', 'stadt', 'gemeinde', 'stadtgemeinde', 'kanton', 'land', 'bund', 'freistaat', 'regierung', 'bundesregierung', 'landesregierung', 'ministerium', 'landkreis', 'kreis', 'bundesstaat', 'bundesland'];

/** A figure that belongs to an unnamed other company ("un projet de 1 milliard porté par un autre groupe"). */
export const ANOTHER_COMPANY = [
  'another company', 'another firm', 'another group', 'a rival', 'a competitor', 'un autre groupe', 'un autre industriel',
  'une autre entreprise', 'un concurrent', 'ein anderes unternehmen', 'einem anderen unternehmen', 'ein konkurrent',
  'otro grupo', 'otra empresa', 'otra compañía', 'un competidor',
  // a sum over other companies' projects: "los proyectos de otras grandes tecnológicas, que en conjunto superan …"
  'otras grandes', 'otras empresas', 'otras compañías', 'other companies', 'other tech giants', 'autres entreprises', 'autres groupes', 'andere unternehmen', 'anderer unternehmen',
];

/** Verbs of saying: a place after them (past a comma) is where the news was given ("…, teilte das Unternehmen in Erlangen mit"). */
export const REPORTING_VERBS = [
  'said', 'says', 'told', 'announced', 'teilte', 'sagte', 'erklärte', 'kündigte', 'mitteilte', 'a annoncé', 'annoncé', 'indiqué', 'déclaré', 'précisé',
  'anunció', 'informó', 'explicó', 'señaló', 'afirmó',
  // what partners or a group say together: "teilten die Partner am Mittwoch in Potsdam mit", "anunciaron en Madrid"
  'teilten', 'sagten', 'erklärten', 'kündigten', 'mitteilten', 'ont annoncé', 'ont indiqué', 'anunciaron', 'informaron', 'announce',
];
