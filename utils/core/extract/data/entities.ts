// Words that mark organisations and people.

/** Legal forms written after a company name. */
export const LEGAL_SUFFIXES = ['eg', 'sa', 's.a.', 'ag', 'gmbh', 'inc', 'inc.', 'plc', 'se', 'ltd', 'ltd.', 'llc', 'corp', 'corp.', 'corporation', 'nv', 'n.v.', 'bv', 'spa', 's.p.a.', 'sas', 'sarl', 'kgaa', 'ab', 'asa', 'oyj', 's.l.', 'sl', 'kg', 'a/s', 'aps', 'co.', 'co', 'holdings', 'group', 'groupe', 'gruppe', 'grupo', 'limited'];
/** Legal forms that must be written in capitals to count ("SA" yes, "sa" the French possessive no). */
export const CAPS_ONLY_SUFFIXES = new Set(['sa', 'se', 'ag', 'nv', 'bv', 'ab', 'sl', 'sas', 'kg', 'eg']);
/** Legal forms written in mixed case, which must be written so to count: the German cooperative's "eG" ("Alpenmilch eG"), not "eg". */
export const MIXED_CASE_SUFFIXES = new Map([['eg', 'eG']]);

/** Last words of companies' names, in the English most firms trade under worldwide ("Jinlong Motors", "Qilin Lithium"). */
export const COMPANY_TAILS = new Set(['motors', 'energy', 'energía', 'énergie', 'energie', 'lithium', 'materials', 'technologies', 'robotics', 'pharma',
  'pharmaceuticals', 'biologics', 'biotech', 'therapeutics', 'semiconductor', 'semiconductors', 'logistics', 'foods', 'airlines', 'airways', 'chemicals',
  'batteries', 'minerals', 'metals', 'industries', 'electronics', 'labs', 'networks', 'aerospace', 'automotive', 'renewables', 'hydrogen',
  'precision', 'manufacturing', 'devices', 'composites', 'packaging', 'plastics', 'components', 'dynamics', 'instruments', 'diagnostics',
  'genomics', 'lifesciences', 'microsystems', 'photonics', 'polymers', 'textiles', 'aluminium', 'aluminum', 'steelworks', 'shipyards',
  'dairies', 'creameries', 'breweries', 'distilleries', 'bakeries', 'autotech', 'énergies', 'energies', 'energías', 'energien', 'bank',
  // miners: "Tallis Resources green-lights $1.4b Pilbara lithium refinery"
  'resources', 'mining']);
/** Verbs after which a capitalised name is taken as a company ("Airbus will invest", "Helvio investiert"). */
export const ORG_VERBS = [
  'will', 'would', 'to', 'plans', 'is', 'has', 'was', "'s", 'announced', 'pledged', 'promised', 'unveiled', 'announces', 'said', 'says', 'invests', 'is investing', 'picks', 'has invested', 'unveiled', 'confirmed', 'commits', 'opens',
  'va', 'a', 'annonce', 'prévoit', 'promet', 'promettent', 'investit', 'compte', 'injecte', 'investiert', 'steckt', 'will', 'plant', 'baut', 'kündigte', 'hat',
  'invertirá', 'anunció', 'anuncia', 'prevé', 'invierte', 'ha',
  // future and present forms of the investing and hiring verbs, each unambiguous in its language
  'investira', 'créera', 'construira', 'recrutera', 'injectera', 'projette', 'schafft', 'errichtet', 'eröffnet', 'kündigt',
  'destinará', 'destina', 'creará', 'construirá', 'contratará', 'generará', 'inyectará', 'abrirá', 'planea', 'ampliará',
  'consacrera', 'embauchera', 'implantera', 'ouvrira', 'agrandira', 'dépensera', 'mobilisera', 'débloquera', 'recrute', 'embauche',
  'erweitert', 'stellt', 'verdoppelt', 'modernisiert', 'invirtió', 'destinó', 'instalará', 'levantará', 'expects', 'intends', 'aims',
  'dará', 'ofrecerá', 'empleará', 'contrata', 'recrutera', 'emploiera', 'wollen',
  // the imperfect a column or a reader's letter tells an announcement in: "Alumina Boréal annonçait en grande pompe un investissement"
  'annonçait', 'annonçaient', 'promettait', 'prévoyait', 'anunciaba', 'prometía', 'accepte',
  // installing and starting up: "Flexipack de Occidente instala una línea", "puso en marcha", "commissions"
  'instala', 'pone en marcha', 'puso en marcha', 'installe', 'met en service', 'installs', 'commissions',
  // plural forms: "Enerlia et Solvane vont investir", "BMW und Audi planen", "Iberdrola y Repsol van a invertir"
  'vont', 'investiront', 'prévoient', 'van', 'invertirán', 'prevén', 'plan', 'investiere', 'investierte',
  // German plurals, for names of two words and more ("Die Murtaler Holzwerke investieren …"; see 06-entities)
  'investieren', 'planen', 'bauen', 'errichten', 'stecken',
  // the pluperfect of an earlier plan: "Lauragais Composites avait annoncé", "Tessin Microsystems hatte angekündigt", "había anunciado"
  'avait', 'hatte', 'había',
  // presenting, building and buying: how follow-ups and deal stories open ("Verdalia Energía presentó el jueves …")
  'presentó', 'presenta', 'présente', 'präsentiert', 'builds', 'construit', 'construye',
  'rachète', 'compra', 'adquiere', 'übernimmt', 'kauft', 'buys', 'acquires',
  // wanting, launching, opening: "La néobanque Moneyra veut recruter", "Les Fromageries Delmont injectent"
  'veut', 'veulent', 'lance', 'lancent', 'injectent', 'ouvre', 'ouvrent', 'quiere', 'lanza', 'abre', 'apuesta',
  // seeking people and raising a site: "Celdas Ibéricas busca a sus primeros 300 trabajadores", "que Celdas Ibéricas levanta en Medina"
  'busca', 'levanta', 'seeks', 'cherche', 'sucht',
  'startet', 'launches', 'wants', 'bets',
  // more plurals: "Les Viennoiseries du Val investissent", "Los Astilleros del Norte contratarán"
  'investissent', 'recrutent', 'embauchent', 'recruteront', 'embaucheront', 'créeront', 'construisent', 'construiront', 'annoncent',
  // choosing a site: "Elyon Batteries choisit Dunkerque pour une gigafactory"
  'choisit', 'chooses', 'elige', 'eligió',
  'agrandissent', 'agrandit', 'modernise', 'misent', 'invierten', 'contratarán', 'crearán', 'construirán', 'anunciaron', 'anuncian',
  // "Lumène Solar y a déjà investi 210 millions d’euros"
  'y a', 'y investira', 'y investit',
  // headlines' verbs: "Prairie Tine Manufacturing adds a dozen jobs" (not "lands": "Transpark lands $1.4B battery plant" is a place)
  'adds', 'hires', 'creates', 'expands', 'confirms', 'doubles', 'boosts', 'green-lights', 'greenlights', 'approves', 'unveils', 'eyes',
  // a decision to spend: "HydroScheldt décide d'investir 300 millions"
  'décide', 'décident', 'decides', 'decidió', 'beschließt',
  // a project a company has in hand: "el campus de centros de datos que Nubia Data Centers proyecta en …"
  'proyecta', 'proyectaba',
  // laying the first stone, opening: "Voltaria coloca la primera piedra", "Ermak eröffnet", "Norvane inaugure son usine"
  'coloca', 'colocó', 'inaugura', 'inauguró', 'inaugure', 'inaugurera', 'inaugurates', 'inaugurated',
  // follow-ups moving a plan: "Salmones Patagonia Sur recorta a US$ 75 millones su inversión", "Talleres Urola eleva a 450 las contrataciones",
  // "Kestrel delays its plant", "Norvane revoit son projet", "Halberg kürzt die Investition"
  'muda', 'mudará', 'recorta', 'recortó', 'eleva', 'elevó', 'reduce', 'redujo', 'aplaza', 'aplazó', 'retrasa', 'retrasó', 'confirma', 'confirmó', 'traslada', 'trasladó',
  'mantiene', 'amplía', 'amplió', 'revoit', 'réduit', 'relève', 'maintient', 'confirme', 'reporte', 'repousse', 'suspend', 'gèle',
  'kürzt', 'verschiebt', 'bestätigt', 'stoppt', 'verkleinert', 'delays', 'scraps', 'shelves', 'pauses', 'trims', 'raises', 'scales', 'cuts',
  // saying, in the present the French, Spanish and German press write it ("Ivoire Broyage assure s'approvisionner …"); weak alone
  'assure', 'affirme', 'indique', 'précise', 'explique', 'souligne', 'asegura', 'afirma', 'indica', 'explica', 'señala', 'erklärt', 'betont',
];
/** Trade nouns written before a name, capitalised at the start of a sentence ("Drugmaker Lumora Health said");
 * alone, they stand for a company ("the carmaker", "le constructeur"). */
export const TRADE_DESCRIPTORS = new Set([
  'drugmaker', 'carmaker', 'automaker', 'chipmaker', 'planemaker', 'steelmaker', 'retailer', 'grocer', 'conglomerate', 'startup', 'operator',
  // a sector's nickname before the name: "Fintech Tallypay will create 150 jobs"
  'fintech', 'biotech', 'medtech', 'healthtech', 'insurtech', 'proptech', 'edtech', 'cleantech', 'agritech',
  'start-up', 'lender', 'insurer', 'miner', 'airline', 'utility', 'manufacturer', 'supplier', 'producer', 'developer', 'shipbuilder',
  'constructeur', 'équipementier', 'fabricant', 'laboratoire', 'spécialiste', 'géant', 'distributeur', 'sidérurgiste', 'chimiste',
  'énergéticien', 'esn', 'ssii', 'opérateur', 'assureur', 'fabricante', 'petrolera', 'eléctrica', 'operadora', 'aseguradora', 'gigante', 'cadena',
  'employer', 'exporter',
]);
/** Words stripped from the front of a candidate name ("Parent Amazon", "Rival Halberd Biologics"). */
export const NAME_DESCRIPTORS = new Set([
  'the', 'parent', 'rival', 'rivals', 'konkurrent', 'wettbewerber', 'concurrent', 'competidor', 'competidora', 'swiss', 'french', 'german', 'british', 'american', 'us', 'u.s.', 'italian', 'spanish',
  'japanese', 'chinese', 'korean', 'separately', 'meanwhile', 'also', 'but', 'and', 'in', 'le', 'la', 'les', "l'", 'der', 'die', 'das',
  'el', 'los', 'las', 'including', 'excluding', 'despite', 'tochter', 'tochterfirma', 'tochtergesellschaft', 'subsidiary', 'filiale', 'filial', 'schweizer', 'französische', 'deutsche', 'deutschen', 'amerikanische', 'suisse', 'américain', 'allemand',
  'français', 'suizo', 'alemán', 'francés', 'estadounidense', 'cloud', 'et', 'y', 'und', 'selon', 'laut', 'según', 'for', 'für', 'pour', 'para',
  'taiwanese', 'indian', 'dutch', 'swedish', 'danish', 'canadian', 'mexican', 'brazilian',
  // in a headline: "Coreana Hanseong Motors invertirá …", "Schwedische Norrland baut …"
  'coreana', 'coreano', 'surcoreana', 'surcoreano', 'japonesa', 'japonés', 'alemana', 'sueca', 'sueco', 'británica', 'británico',
  'italiana', 'italiano', 'francesa', 'canadiense', 'mexicana', 'mexicano', 'coréen', 'coréenne', 'sud-coréen', 'chinois', 'chinoise',
  'japonais', 'japonaise', 'suédois', 'suédoise', 'britannique', 'italien', 'italienne', 'canadien', 'canadienne', 'koreanische',
  'südkoreanische', 'chinesische', 'japanische', 'schwedische', 'britische', 'italienische', 'spanische', 'us-amerikanische',
  ...TRADE_DESCRIPTORS,
]);
/** German trade nouns that are never a company's whole name ("Pharmakonzern steckt …" names no company). */
// (and the feminine forms a company takes after "die": "die Arzneimittelherstellerin", "die Betreiberin")
export const GERMAN_TRADE_NOUN = /(konzern|kette|marke|verarbeiter|logistiker|dienstleister|riese|gruppe|unternehmen|anbieter|hersteller|fertiger|bauer|spezialist|zulieferer|händler|betreiber|versorger|produzent|entwickler|firma|gesellschaft|spediteur|versender|versicherer|verlag|discounter|spedition|(software|handels|versand|mode)haus|(anbieter|hersteller|fertiger|spezialist|händler|betreiber|versorger|produzent|entwickler)in)$/;
/** German job-title or trade nouns that precede a name ("Batteriehersteller Helvio", "Roboterbauer Norvane", "Die Drogeriekette Alpina"). */
// (a valley's or region's adjective opens many Alpine names and stays: "Eisacktaler Holzbau GmbH", "Inntaler Metallbau", "Innviertler Leichtmetall AG")
// ("Die Genfer Marke Montavel": a brand is a trade's word before the name)
export const GERMAN_DESCRIPTOR_ENDINGS = /(konzern|kette|discounter|logistiker|startup|marke|verarbeiter|firma|riese|gruppe|unternehmen|anbieter|hersteller|fertiger|bauer|spezialist|zulieferer|händler|betreiber|versorger|produzent|entwickler|spedition|(software|handels|versand|mode)haus|(hersteller|betreiber|anbieter|produzent|entwickler)in)$|^(?!.*(?:taler|viertler|wälder)$).{9,}(er|ung|heit|keit|schaft)$/;

/** Roles that come with a person's name. */
export const ROLES = [
  'chief executive', 'chief executive officer', 'ceo', 'chief financial officer', 'cfo', 'chief operating officer', 'coo',
  'president', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'managing director', 'manager', 'spokesperson',
  'spokesman', 'spokeswoman', 'mayor', 'minister', 'governor', 'analyst', 'head', 'director', 'chief', 'boss',
  'gov', 'gov.', 'sen.', 'gouverneur', 'gobernador', 'gobernadora', 'ministerpräsident', 'ministerpräsidentin',
  'pdg', 'p.-d.g.', 'directeur général', 'directrice générale', 'président', 'présidente', 'directeur industriel', 'directrice industrielle',
  'directeur financier', 'directrice financière', 'porte-parole', 'maire', 'ministre', 'fondateur', 'fondatrice', 'directeur', 'directrice',
  'vorstandschef', 'vorstandschefin', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'chef', 'chefin', 'geschäftsführer',
  'geschäftsführerin', 'finanzvorstand', 'finanzchef', 'finanzchefin', 'sprecher', 'sprecherin', 'bürgermeister', 'bürgermeisterin',
  'ministerin', 'gründer', 'gründerin', 'konzernchef', 'konzernchefin',
  'consejero delegado', 'consejera delegada', 'presidenta', 'director general', 'directora general', 'director financiero',
  'portavoz', 'alcalde', 'alcaldesa', 'ministro', 'ministra', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'cofondateur', 'cofondatrice',
  'mitgründer', 'mitgründerin', 'cofounder', 'director ejecutivo', 'directora ejecutiva',
  'presidente', 'directora', 'präsident', 'präsidentin', 'oberbürgermeister', 'oberbürgermeisterin',
];
export const TITLES = new Set(['gov', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'prof', 'm', 'mme', 'herr', 'frau', 'sr', 'sra', 'don', 'doña', 'sir', 'dame']);
/** Words that never start a name even when capitalised (weekdays, months are checked elsewhere). */
export const NOT_NAMES = new Set([
  // a Mexican distribution centre: "el nuevo CEDIS de Huehuetoca"; a sentence adverb before a verb ("Instead, it will spend …")
  'cedis', 'cedi', 'instead',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
  'samedi', 'dimanche', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'fr', 'chf', 'sfr', 'fcfa', 'mio', 'mrd', 'chez',
  // the papers and decisions of a deal, which a release abbreviates in brackets: "a Memorandum of Understanding (MoU)"
  'mou', 'mous', 'memorandum of understanding', 'fid', 'final investment decision', 'capex',
  // and its defined terms: "the high-purity alumina refinery at Kwinana Beach (the Project)"
  'project',
  // an interview's short answers ("Sí. Vamos a invertir …", "Ja, das stimmt.")
  'sí', 'yes', 'oui', 'ja', 'nein', 'non', 'claro', 'genau', 'exactement', 'exactly', 'absolutely', 'absolument', 'efectivamente',
  // German areas of work a hiring story lists after "in": "vor allem in Montage, Qualitätssicherung und Konstruktion", "in Lager, Disposition und Fuhrpark"
  'montage', 'pflege', 'lager', 'verwaltung', 'vertrieb', 'disposition', 'konstruktion', 'fuhrpark', 'einkauf', 'werkstatt',
  // German sentence adverbs before an inverted verb ("Einerseits investiert Kessler …", "Zudem baut …"), and English nouns that open a
  // sentence or a committee's name ("Construction is expected to create …", "the provincial People's Committee")
  'einerseits', 'andererseits', 'anderseits', 'ausserdem', 'allerdings', 'jedoch', 'trotzdem', 'dennoch', 'darum', 'zunächst', 'mittlerweile', 'bislang', 'bisher', 'people', 'construction', 'economy',
  'entonces', 'i', 'we', 'our', 'it', 'its', 'this', 'that', 'these', 'there', 'he', 'she',
  'they', 'what', 'why', 'how', 'when', 'while', 'although', 'cuando', 'mientras', 'aunque', 'quand', 'lorsque', 'pendant', 'wenn', 'während', 'obwohl', 'shares', 'analysts', 'officials', 'sie', 'er', 'es', 'wir', 'il', 'elle', 'nous', 'ils', 'on',
  'ce', 'cet', 'cette', 'ces', 'si', 'sa', 'son', 'ses', 'enfin', 'ainsi', 'désormais', 'dort', 'hier', 'da', 'dies', 'diese', 'dieser', 'le', 'la', 'les', 'l', 'un', 'une', 'der', 'die', 'das',
  'el', 'los', 'las', 'lo', 'su', 'sus', 'the', 'a', 'an', 'company',
  // money, a town, and German nouns that follow "in"/"nach" ("in Zeiten wie diesen", "nach Unternehmensangaben", "in Werk bei Graz")
  // question words opening a heading ("Que prévoit easyJet ?") and Spanish sentence adverbs ("Además, …")
  // and the Spanish reflexive that opens a passive ("Se prevé que inicie operaciones en 2027")
  'se', 'que', 'qué', 'quoi', 'combien', 'cuánto', 'cuántos', 'cómo', 'dónde', 'cuándo', 'pourquoi', 'comment', 'how', 'why', 'was', 'warum', 'wieso', 'además', 'asimismo', 'también', 'paralelamente', 'parallèlement', 'aussi',
  'euro', 'euros', 'dollar', 'franken', 'stadt', 'büro', 'büros', 'werk', 'zeiten', 'zeit', 'zukunft', 'summe', 'höhe', 'richtung', 'nähe', 'folge', 'betrieb',
  'angaben', 'unternehmensangaben', 'firmenangaben', 'branche', 'region', 'rahmen', 'bauphase', 'zulieferer', 'zulieferern', 'dienstleistern',
  // nationality adjectives: "in Australian aviation" names no place
  'australian', 'american', 'canadian', 'british', 'european', 'asian', 'african', 'german', 'french', 'italian', 'spanish', 'chinese',
  'japanese', 'korean', 'indian', 'mexican', 'brazilian', 'dutch', 'group', 'firm', 'unternehmen', 'entreprise', 'groupe', 'empresa', 'compañía', 'konzern', 'genossenschaft', 'molkerei',
  'seit', 'für', 'mit', 'nach', 'bei', 'im', 'am', 'zum', 'laut', 'auch', 'damit', 'dabei', 'selon', 'según', 'en', 'since', 'after', 'before',
  // question words and families that open an interview's lines ("Wie viele Stellen …?", "Die Familie investiert …")
  'wie', 'was', 'warum', 'wann', 'wo', 'familie', 'family', 'famille', 'familia',
  // governments are not companies ("los objetivos del Gobierno", "the Government said")
  'gobierno', 'government', 'gouvernement', 'regierung', 'bundesregierung', 'ministerio', 'ministère', 'ministerium', 'xunta', 'generalitat', 'état', 'etat', 'staat', 'estado',
  // nor are regional and city governments ("según la Junta de Extremadura", "la Junta ha destacado")
  'junta', 'ayuntamiento', 'diputación', 'cabildo', 'consejería', 'landesregierung', 'staatsregierung', 'senat', 'préfecture', 'mairie',
  'milliarden', 'millionen', 'milliarde', 'million',
  // German adverbs that open an inverted sentence ("Zugleich investiert das Unternehmen …")
  'zugleich', 'außerdem', 'zudem', 'deshalb', 'daher', 'nun', 'jetzt', 'heute', 'bereits', 'insgesamt', 'gleichzeitig', 'zusätzlich',
  'parallel', 'künftig', 'derzeit', 'darüber', 'ebenfalls', 'allein', 'erst', 'dafür', 'hierfür', 'davon', 'ursprünglich', 'inzwischen',
  'stattdessen', 'trotzdem', 'dennoch', 'immerhin', 'mittlerweile', 'bislang', 'bisher', 'seither', 'damals', 'zunächst', 'anschließend',
  // German nouns in set phrases after "in" ("in Aussicht gestellt", "in Betrieb gehen", "in Höhe von")
  'aussicht', 'betrieb', 'höhe', 'kraft', 'frage', 'zukunft', 'summe', 'planung', 'bau', 'arbeit', 'zusammenarbeit', 'produktion',
  'richtung', 'folge', 'erwägung', 'anspruch', 'verbindung', 'rekordzeit',
  // "Today's announcement", "The Board has approved"
  'today', 'yesterday', 'tomorrow', 'board', 'vorstand', 'aufsichtsrat', 'verwaltungsrat', 'geschäftsführung', 'konzernleitung',
  // German nouns that open a sentence about a firm without naming it ("Der Familienbetrieb investiert …", "Die Anlage kostet …",
  // "Die Hotellerie …", "Beide Standorte …")
  'familienbetrieb', 'traditionsbetrieb', 'handwerksbetrieb', 'anlage', 'anlagen', 'standort', 'standorte', 'hotellerie', 'gastronomie', 'infrastruktur',
  // "Am Ende hat die Lausitz gewonnen", "Beschäftigte sollen …", a whole trade ("Die Kunststoffbranche investiert vorsichtig"), the end of
  // "the Department for Business and Trade"
  'ende', 'beschäftigte', 'kunststoffbranche', 'autobranche', 'chemiebranche', 'baubranche', 'trade',
  // a town's council
  'gemeinderat', 'stadtrat', 'kreistag',
]);

/** French houses named for their craft: "Biscuiterie Maréchal", "la Rhumerie du Gol", "Mécaniques de Bigorre". */
const FRENCH_CRAFT_HOUSES = ['biscuiterie', 'brasserie', 'fromagerie', 'chocolaterie', 'conserverie', 'verrerie', 'papeterie', 'fonderie', 'tannerie',
  'distillerie', 'laiterie', 'cidrerie', 'sucrerie', 'scierie', 'imprimerie', 'menuiserie', 'charcuterie', 'salaisons',
  'entrepôts', 'transports', 'moulins', 'papeteries', 'fonderies', 'aciéries', 'forges', 'verreries', 'brasseries', 'tanneries',
  'fromageries', 'biscuiteries', 'boulangeries', 'laiteries', 'conserveries', 'distilleries', 'chocolateries', 'ciments', 'carrières', 'briqueteries', 'huileries', 'minoteries', 'maison',
  'viennoiseries', 'boulangerie', 'pâtisserie', 'pâtisseries', 'confiserie', 'confiseries', 'cartonnerie', 'cartonneries', 'tissages',
  'filatures', 'tuileries', 'tuilerie', 'briqueterie', 'salaisonnerie', 'torréfaction', 'huilerie', 'malterie', 'minoterie', 'vergers', 'caves',
  'rhumerie', 'rhumeries', 'sucreries', 'cimenterie', 'cimenteries', 'emballages', 'cartonnages', 'plastiques', 'matériaux', 'menuiseries', 'savonnerie', 'cristallerie', 'faïencerie', 'porcelainerie', 'coutellerie', 'tonnellerie', 'mécaniques', 'chaudronneries', 'décolletages',
  // meat and poultry houses: "Volailles de l'Oust agrandit son site", "Viandes du Penthièvre", "Abattoirs du Velay"
  'volailles', 'viandes', 'abattoirs', 'abattoir', 'salaisonneries', 'fumaisons', 'crêperie', 'crêperies', 'glaces', 'vins', 'spiritueux'];
/**
 * Spanish houses named for their trade, in the plural: "Cementos del Magdalena", "Conservas do Barbanza", "Laminados Nervión".
 * Only capitalised (isCompanyWord in 06-entities): in lower case they are ordinary nouns ("la industria de alimentos procesados").
 */
export const SPANISH_TRADE_HOUSES = ['cementos', 'construcciones', 'conservas', 'laminados', 'alimentos', 'aceites', 'bodegas', 'harinas', 'envases', 'lácteos', 'aceros',
  'industrias', 'plásticos', 'transportes', 'cerámicas', 'maderas', 'hilados', 'tejidos', 'embutidos', 'vinos', 'papeles', 'cartones',
  'fundiciones', 'forjas', 'mármoles', 'piensos', 'congelados', 'curtidos', 'muebles', 'galletas', 'cafés', 'molinos', 'ingenios',
  'químicas', 'vidrios', 'cárnicas', 'cárnicos', 'quesos', 'azulejos', 'pinturas', 'confecciones', 'calzados', 'celulosa', 'celulosas', 'astilleros', 'frigoríficos'];
/** French and Spanish nationalities standing for the company: "le belge Solvay", "la danoise Vestas", "la danesa Nordvind Energy". */
export const ROMANCE_NATIONALITIES = [...['américaine', 'allemande', 'japonaise', 'chinoise', 'suédoise', 'norvégienne', 'danoise', 'italienne', 'espagnole', 'coréenne',
    'sud-coréenne', 'taïwanaise', 'néerlandaise', 'suisse', 'belge', 'canadien', 'canadienne', 'indien', 'indienne', 'autrichien',
    'autrichienne', 'finlandais', 'finlandaise', 'polonais', 'polonaise', 'portugais', 'portugaise', 'turc', 'turque', 'saoudien',
    'saoudienne', 'émirati', 'qatari', 'marocain', 'marocaine', 'australien', 'australienne', 'irlandais', 'irlandaise', 'israélien',
    'israélienne', 'brésilien', 'brésilienne', 'mexicain', 'mexicaine', 'singapourien', 'singapourienne', 'tchèque', 'luxembourgeois',
    'luxembourgeoise', 'québécois', 'québécoise', 'français', 'française'],
  ...['danesa', 'noruega', 'finlandesa', 'holandesa', 'neerlandesa', 'belga', 'suiza', 'austriaca', 'polaca', 'portuguesa', 'española',
    'mexicana', 'chilena', 'argentina', 'colombiana', 'peruana', 'brasileña', 'india', 'australiana', 'coreana', 'taiwanesa', 'saudí',
    'emiratí', 'qatarí', 'marroquí', 'turca', 'israelí', 'irlandesa', 'luxemburguesa', 'vasca', 'catalana', 'gallega', 'asturiana',
    'andaluza', 'valenciana', 'alemán', 'chino', 'japonés', 'francés', 'sueco', 'danés', 'noruego', 'británico', 'italiano', 'español',
    'mexicano', 'chileno', 'coreano', 'surcoreano', 'suizo', 'holandés', 'indio', 'brasileño', 'argentino', 'colombiano', 'peruano']];
/**
 * Lower-case words right before a name that say it is a company: "le laboratoire Pfizer",
 * "el grupo Inditex", "la petrolera Repsol", "the chipmaker Nexor", "le norvégien Nordisk Salmon".
 * Nationality adjectives count only in French and Spanish, where they stand for "the … company".
 */
export const COMPANY_NOUNS_BEFORE_NAME = [
  'company', 'group', 'firm', 'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'planemaker', 'retailer', 'manufacturer', 'maker',
  'supplier', 'startup', 'conglomerate', 'lender', 'insurer', 'airline', 'miner', 'giant', 'operator', 'producer', 'developer',
  // "porté par l'investisseur privé Sahel Hospitality", "el inversor Grupo Atlas"
  'investisseur', 'inversor', 'inversionista',
  'groupe', 'société', 'entreprise', 'constructeur', 'équipementier', 'fabricant', 'laboratoire', 'spécialiste', 'géant', 'distributeur',
  'industriel', 'électricien', 'pétrolier', 'sidérurgiste', 'chimiste', 'énergéticien', 'opérateur', 'assureur', 'start-up', 'américain', 'allemand', 'japonais',
  'chinois', 'suédois', 'norvégien', 'danois', 'britannique', 'italien', 'espagnol', 'coréen', 'sud-coréen', 'taïwanais', 'néerlandais',
  // a nationality standing for the company: "le belge Solvay", "la danoise Vestas", "l'indien Tata", "controlado por la danesa Nordvind Energy"
  ...ROMANCE_NATIONALITIES,
  // more trades: "La productora de litio Litio del Pacífico", "le fournisseur Axelis", "the refiner Norpetro"
  'productora', 'productor', 'proveedora', 'proveedor', 'desarrolladora', 'exportadora', 'procesadora', 'producteur', 'fournisseur',
  'sous-traitant', 'exploitant', 'promoteur', 'provider', 'vendor', 'exporter', 'processor', 'refiner', 'builder',
  // partners building together: "El consorcio Austral H2", "the consortium Nordsee Wind"
  'consorcio', 'consortium', 'konsortium', 'coentreprise',
  'grupo', 'empresa', 'compañía', 'firma', 'multinacional', 'fabricante', 'cadena', 'petrolera', 'eléctrica', 'química', 'tecnológica',
  'automovilística', 'farmacéutica', 'textil', 'alemana', 'estadounidense', 'japonesa', 'francesa', 'canadiense', 'surcoreana',
  'británica', 'sueca', 'italiana', 'china', 'aerolínea', 'operadora', 'aseguradora', 'minera', 'gigante', 'energética', 'cooperativa', 'coopérative', 'láctea', 'logística',
  'siderúrgica', 'acerera', 'cementera', 'papelera', 'cervecera', 'conservera', 'alimentaria', 'promotora', 'tabacalera', 'bodega',
  // power producers and the like: "La generadora Viento Austral ingresó …", "la distribuidora eléctrica"
  'generadora', 'comercializadora', 'transportista',
  'verrier', 'papetier', 'cimentier', 'brasseur', 'biscuitier', 'fromager', 'volailler', 'logisticien', 'transporteur', 'transitaire',
  'négociant', 'hébergeur', 'semencier', 'sucrier', 'laitier', 'forgeron', 'fondeur', 'décolleteur', 'plasturgiste', 'chaudronnier', 'imprimeur',
  // chains, networks and young companies: "Le réseau de boulangeries Maison Fournil", "La néobanque Moneyra", "l'enseigne Verdier"
  'réseau', 'enseigne', 'néobanque', 'chaîne', 'franchiseur', 'licorne', 'pépite', 'neobank', 'fintech', 'scale-up', 'marca',
  // plural heads that are part of a name when capitalised: "Les Laboratoires Vérand", "Talleres Ugarte"
  ...['laboratoires', 'établissements', 'ateliers', 'chantiers', 'laboratorios', 'talleres', 'astilleros', 'constructora', 'inmobiliaria', 'naviera', 'distribuidora'],
  // French trade houses named by their craft: "Biscuiterie Maréchal", "Brasserie Lancelot", "Fonderie de Bretagne"
  ...FRENCH_CRAFT_HOUSES,
  // Spanish houses named for their trade: "Cementos del Magdalena ganó …"
  ...SPANISH_TRADE_HOUSES,
  // more French trades: "la manufacture Ajoie Mouvements", "le motoriste Safran", "l'avionneur Dassault"
  'manufacture', 'horloger', 'maroquinier', 'motoriste', 'avionneur', 'armateur', 'câblier', 'aluminerie', 'lunetier', 'parfumeur', 'joaillier',
  'chocolatier', 'torréfacteur', 'meunier', 'éditeur', 'chausseur',
  // where a company comes from, glued to it in English: "Tiruppur-based Arvana Knits, which supplies …"
  'based',
  // a rival named: "Son concurrent Valforge", "Der Konkurrent Jurapharm", "Su competidora Farmacéutica Olmeda", "its rival Arden"
  'concurrent', 'konkurrent', 'wettbewerber', 'competidora', 'competidor', 'rival',
];
/** Of the words above, those that open the company's own name when capitalised ("Les Laboratoires Vérand investissent", "Minera Andacobre"). */
export const NAME_HEAD_NOUNS = new Set(['laboratoires', 'établissements', 'ateliers', 'chantiers', 'laboratorios', 'talleres', 'astilleros', ...FRENCH_CRAFT_HOUSES, ...SPANISH_TRADE_HOUSES,
  'minera', 'constructora', 'inmobiliaria', 'naviera', 'distribuidora', 'petrolera', 'textiles',
  // more Spanish houses named for their trade in the singular: "Siderúrgica del Paraná pide entrar al RIGI", "Química Onubense"
  'siderúrgica', 'química', 'petroquímica', 'papelera', 'cervecera', 'vidriera', 'aceitera', 'azucarera', 'harinera', 'cementera',
  'farmacéutica', 'metalúrgica', 'acerera', 'pesquera', 'frutícola', 'agrícola',
  // "Grupo Albufera Logística obtuvo …", "Groupe Arvel a publié …": the group word opens the name
  'grupo', 'groupe']);
