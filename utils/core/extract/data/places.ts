// A compact gazetteer: countries (names in en/fr/de/es), US states, UK nations, main regions
// and major cities. Format "Canonical|alias|alias" ; cities carry "@Country" or "@State".
// Canonical names are the English ones used in reports ("Saint-Fons, France").

export const COUNTRIES = `France|Frankreich|Francia|Hexagone;Germany|Allemagne|Deutschland|Alemania;Spain|Espagne|Spanien|España;Italy|Italie|Italien|Italia;
United Kingdom|UK|U.K.|Britain|Great Britain|Royaume-Uni|Grande-Bretagne|Großbritannien|Grossbritannien|Vereinigtes Königreich|Reino Unido|Gran Bretaña;
United States|US|U.S.|USA|U.S.A.|America|États-Unis|Etats-Unis|USA|Vereinigte Staaten|Vereinigten Staaten|Estados Unidos|EE.UU.|EEUU;
Portugal;Netherlands|Pays-Bas|Niederlande|Países Bajos|Holland;Belgium|Belgique|Belgien|Bélgica;Switzerland|Suisse|Schweiz|Suiza;
Austria|Autriche|Österreich;Ireland|Irlande|Irland|Irlanda;Poland|Pologne|Polen|Polonia;Czech Republic|Czechia|République tchèque|Tschechien|Chequia;
Hungary|Hongrie|Ungarn|Hungría;Romania|Roumanie|Rumänien|Rumanía;Sweden|Suède|Schweden|Suecia;Norway|Norvège|Norwegen|Noruega;
Denmark|Danemark|Dänemark|Dinamarca;Finland|Finlande|Finnland|Finlandia;Greece|Grèce|Griechenland|Grecia;Luxembourg|Luxemburg|Luxemburgo;
Slovakia|Slovaquie|Slowakei|Eslovaquia;Serbia|Serbie|Serbien;Turkey|Türkiye|Turquie|Türkei|Turquía;Morocco|Maroc|Marokko|Marruecos;
Canada|Kanada|Canadá;Mexico|Mexique|Mexiko|México;Brazil|Brésil|Brasilien|Brasil;Argentina|Argentine|Argentinien;Chile|Chili;Colombia|Colombie|Kolumbien;
Peru|Pérou|Perú;China|Chine;Japan|Japon|Japón;India|Inde|Indien;South Korea|Korea|Corée du Sud|Südkorea|Corea del Sur;
Singapore|Singapour|Singapur;Indonesia|Indonésie|Indonesien;Vietnam|Viêt Nam;Thailand|Thaïlande|Tailandia;Malaysia|Malaisie|Malasia;
Australia|Australie|Australien;Saudi Arabia|Arabie saoudite|Saudi-Arabien|Arabia Saudí;United Arab Emirates|UAE|Émirats arabes unis|Emiratos Árabes Unidos;
Israel|Israël;Egypt|Égypte|Ägypten|Egipto;South Africa|Afrique du Sud|Südafrika|Sudáfrica;Nigeria;Ukraine|Ucrania;Russia|Russie|Russland|Rusia;
Scotland|Écosse|Schottland|Escocia@United Kingdom;Wales|Pays de Galles|Gales@United Kingdom;England|Angleterre|Inglaterra@United Kingdom;
Taiwan|Taïwan|Taiwán;Philippines|Philippinen|Filipinas;New Zealand|Nouvelle-Zélande|Neuseeland|Nueva Zelanda|NZ;Pakistan|Pakistán;Qatar|Katar;
Kenya|Kenia;Algeria|Algérie|Algerien|Argelia;Tunisia|Tunisie|Tunesien|Túnez;Senegal|Sénégal;Ivory Coast|Côte d'Ivoire|Elfenbeinküste|Costa de Marfil;
Mauritius|Île Maurice|île Maurice|Ile Maurice|Mauricio;Uganda|Ouganda;Sri Lanka;Cameroon|Cameroun|Kamerun|Camerún;Gabon|Gabón;Chad|Tchad|Tschad;Equatorial Guinea|Guinée équatoriale|Äquatorialguinea|Guinea Ecuatorial;
Bulgaria|Bulgarie|Bulgarien;Croatia|Croatie|Kroatien|Croacia;Slovenia|Slovénie|Slowenien|Eslovenia;Lithuania|Lituanie|Litauen|Lituania;
Estonia|Estonie|Estland;Latvia|Lettonie|Lettland|Letonia;Iceland|Islande|Island|Islandia;Uruguay;Paraguay;Ecuador|Équateur;Bolivia|Bolivie|Bolivien;
Venezuela;Panama|Panamá;Costa Rica;Guatemala;Dominican Republic|République dominicaine|Dominikanische Republik|República Dominicana;
Ghana;Tanzania|Tanzanie|Tansania;Ethiopia|Éthiopie|Äthiopien|Etiopía;Rwanda|Ruanda;Benin|Bénin;Togo;Mali;Burkina Faso;Angola;Mozambique|Mosambik;
Zambia|Zambie|Sambia;Zimbabwe|Simbabwe;Namibia|Namibie;Botswana;Madagascar|Madagaskar;Bangladesh|Bangladesch;Cambodia|Cambodge|Kambodscha|Camboya;
Kazakhstan|Kasachstan|Kazajistán;Uzbekistan|Ouzbékistan|Usbekistan|Uzbekistán;Oman|Omán;Kuwait|Koweït;Bahrain|Bahreïn;Iraq|Irak;Iran|Irán;
Albania|Albanie|Albanien;North Macedonia|Macédoine du Nord|Nordmazedonien|Macedonia del Norte;Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnien und Herzegowina;
Montenegro|Monténégro;Moldova|Moldavie|Moldau;Malta|Malte;Cyprus|Chypre|Zypern|Chipre;Honduras;El Salvador;Nicaragua;Cuba|Kuba;Jamaica|Jamaïque;
Puerto Rico|Porto Rico;Trinidad and Tobago|Trinité-et-Tobago;
Northern Ireland|Irlande du Nord|Nordirland@United Kingdom;Europe|Europa|EU|European Union|Union européenne|Europäische Union|Unión Europea`;

export const US_STATES = `Alabama;Alaska;Arizona;Arkansas;California|Californie|Kalifornien;Colorado;Connecticut;Delaware;Florida|Floride;Georgia|Géorgie;
Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana|Louisiane;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;
Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York|New York State;North Carolina|Caroline du Nord|Carolina del Norte;
North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania|Pennsylvanie;Rhode Island;South Carolina|Caroline du Sud;South Dakota;Tennessee;Texas;Utah;
Vermont;Virginia|Virginie;Washington|Washington State;West Virginia;Wisconsin;Wyoming`;

/** Regions with their country. */
export const REGIONS = `Île-de-France|Ile-de-France@France;Auvergne-Rhône-Alpes@France;Hauts-de-France@France;Grand Est@France;Occitanie@France;
Nouvelle-Aquitaine@France;Alsace@France;Bourgogne-Franche-Comté@France;Centre-Val de Loire@France;Corse|Corsica@France;Picardie@France;Nord-Pas-de-Calais@France;Rhône-Alpes@France;Normandie|Normandy@France;Bretagne|Brittany@France;Provence-Alpes-Côte d'Azur|PACA@France;Pays de la Loire@France;
Bavaria|Bavière|Bayern|Baviera@Germany;Baden-Württemberg@Germany;North Rhine-Westphalia|Nordrhein-Westfalen|NRW@Germany;Saxony|Sachsen|Saxe@Germany;
Lower Saxony|Niedersachsen|Basse-Saxe|Baja Sajonia@Germany;Brandenburg|Brandebourg@Germany;Hesse|Hessen@Germany;Thuringia|Thüringen|Thuringe@Germany;
Rhineland-Palatinate|Rheinland-Pfalz|Rhénanie-Palatinat@Germany;Saxony-Anhalt|Sachsen-Anhalt|Saxe-Anhalt@Germany;Mecklenburg-Vorpommern@Germany;Schleswig-Holstein@Germany;Saarland|Sarre@Germany;
Catalonia|Catalogne|Katalonien|Cataluña|Catalunya@Spain;Andalusia|Andalousie|Andalusien|Andalucía@Spain;Aragon|Aragón@Spain;
Basque Country|Pays basque|País Vasco|Euskadi@Spain;Galicia|Galice@Spain;Valencia Region|Comunidad Valenciana@Spain;Castilla y León@Spain;
Castilla-La Mancha@Spain;Extremadura@Spain;Murcia|Región de Murcia@Spain;Asturias@Spain;Cantabria@Spain;Navarre|Navarra@Spain;La Rioja@Spain;
Canary Islands|Canaries|Canarias|Islas Canarias@Spain;Balearic Islands|Baléares|Balearen|Baleares@Spain;Comunidad de Madrid@Spain;
Lombardy|Lombardie|Lombardei|Lombardia@Italy;Piedmont|Piémont|Piemont|Piemonte@Italy;Sicily|Sicile|Sizilien|Sicilia@Italy;Veneto|Vénétie|Venetien@Italy;Emilia-Romagna|Émilie-Romagne@Italy;Tuscany|Toscane|Toskana|Toscana@Italy;Lazio|Latium@Italy;Campania|Campanie|Kampanien@Italy;Apulia|Pouilles|Puglia@Italy;
Flanders|Flandre|Flandern@Belgium;Wallonia|Wallonie@Belgium;North East|North East England@United Kingdom;North West@United Kingdom;Midlands@United Kingdom;West Midlands@United Kingdom;East Midlands@United Kingdom;Yorkshire@United Kingdom;
Ontario@Canada;Quebec|Québec@Canada;Abitibi-Témiscamingue|Abitibi@Quebec;Mauricie@Quebec;Montérégie@Quebec;Estrie@Quebec;Lanaudière@Quebec;Laurentides@Quebec;Côte-Nord@Quebec;Charlevoix@Quebec;Beauce@Quebec;Saguenay–Lac-Saint-Jean|Lac-Saint-Jean@Quebec;Gaspésie@Quebec;Outaouais@Quebec;Centre-du-Québec@Quebec;Chaudière-Appalaches@Quebec;Bas-Saint-Laurent@Quebec;British Columbia@Canada;Alberta@Canada;Silesia|Silésie|Schlesien@Poland;Upper Austria|Oberösterreich@Austria;Lower Austria|Niederösterreich@Austria;Styria|Steiermark@Austria;Tyrol|Tirol@Austria;Carinthia|Kärnten@Austria;Vorarlberg@Austria;Teesside@United Kingdom;Humber@United Kingdom;
Nuevo León|Nuevo Leon@Mexico;Jalisco@Mexico;Guanajuato@Mexico;Coahuila@Mexico;Querétaro@Mexico;Puebla@Mexico;Sonora@Mexico;Chihuahua@Mexico;Baja California@Mexico;San Luis Potosí@Mexico;Aguascalientes@Mexico;Estado de México@Mexico;Yucatán|Yucatan@Mexico;Veracruz@Mexico;Tamaulipas@Mexico;Sinaloa@Mexico;Michoacán@Mexico;Oaxaca@Mexico;Quintana Roo@Mexico;Hidalgo@Mexico;Tabasco@Mexico;Durango@Mexico;Zacatecas@Mexico;Chiapas@Mexico;
Tamil Nadu@India;Gujarat@India;Maharashtra@India;Karnataka@India;Telangana@India;Uttar Pradesh@India;
Los Lagos|Región de Los Lagos@Chile;Antofagasta|Región de Antofagasta@Chile;Biobío|Región del Biobío@Chile;Atacama@Chile;Santa Fe@Argentina;Mendoza@Argentina;Neuquén@Argentina;
Antioquia@Colombia;Cundinamarca@Colombia;Valle del Cauca@Colombia;Atlántico|Atlantico@Colombia;Bolívar@Colombia;Boyacá|Boyaca@Colombia;Cesar@Colombia;La Guajira@Colombia;Magdalena@Colombia;Tolima@Colombia;Casanare@Colombia;Huila@Colombia;Risaralda@Colombia;
Tarapacá|Región de Tarapacá@Chile;Coquimbo|Región de Coquimbo@Chile;O'Higgins|Región de O'Higgins@Chile;Magallanes|Región de Magallanes@Chile;Araucanía|Región de La Araucanía@Chile;
Catamarca@Argentina;Misiones@Argentina;Tucumán@Argentina;Jujuy@Argentina;Chubut@Argentina;Río Negro@Argentina;Entre Ríos@Argentina;Tierra del Fuego@Argentina;
Cusco|Cuzco@Peru;Piura@Peru;Cajamarca@Peru;Moquegua@Peru;Tacna@Peru;Áncash|Ancash@Peru;Junín@Peru;La Libertad@Peru;
Paysandú|Paysandu@Uruguay;Colonia@Uruguay;
Cornwall@United Kingdom;Devon@United Kingdom;Somerset@United Kingdom;Dorset@United Kingdom;Kent@United Kingdom;Essex@United Kingdom;Sussex|East Sussex|West Sussex@United Kingdom;Surrey@United Kingdom;Hampshire@United Kingdom;Norfolk@United Kingdom;Suffolk@United Kingdom;
Cambridgeshire@United Kingdom;Lincolnshire@United Kingdom;Lancashire@United Kingdom;Cumbria@United Kingdom;Northumberland@United Kingdom;County Durham@United Kingdom;Cheshire@United Kingdom;Derbyshire@United Kingdom;Nottinghamshire@United Kingdom;
Leicestershire@United Kingdom;Northamptonshire@United Kingdom;Warwickshire@United Kingdom;Staffordshire@United Kingdom;Shropshire@United Kingdom;Worcestershire@United Kingdom;Gloucestershire@United Kingdom;Wiltshire@United Kingdom;Oxfordshire@United Kingdom;
Buckinghamshire@United Kingdom;Hertfordshire@United Kingdom;Bedfordshire@United Kingdom;Berkshire@United Kingdom;Herefordshire@United Kingdom;South Yorkshire@United Kingdom;West Yorkshire@United Kingdom;North Yorkshire@United Kingdom;East Yorkshire@United Kingdom;
Merseyside@United Kingdom;Greater Manchester@United Kingdom;Tyne and Wear@United Kingdom;Aberdeenshire@United Kingdom;Fife@United Kingdom;
Rajasthan@India;Andhra Pradesh@India;Kerala@India;West Bengal@India;Odisha@India;Haryana@India;Punjab@India;Madhya Pradesh@India;Bihar@India;Assam@India;
Western Australia@Australia;Queensland|Qld@Australia;New South Wales|NSW@Australia;Riverina|Hunter Valley@New South Wales;South Australia@Australia;Tasmania@Australia;Pilbara@Australia;
Manitoba@Canada;Saskatchewan@Canada;Nova Scotia@Canada;New Brunswick@Canada;Newfoundland|Newfoundland and Labrador@Canada;
Moselle@France;Gironde@France;Bouches-du-Rhône@France;Seine-Maritime@France;Pas-de-Calais@France;Haute-Savoie@France;Isère@France;Loire-Atlantique@France;Meurthe-et-Moselle@France;Bas-Rhin@France;Haut-Rhin@France;
Vendée@France;Finistère@France;Morbihan@France;Hérault@France;Savoie@France;Drôme@France;Ardèche@France;Aisne@France;Oise@France;Marne@France;Doubs@France;
Valais|Wallis@Switzerland;Vaud|Waadt@Switzerland;Aargau|Argovie@Switzerland;Ticino|Tessin@Switzerland;Graubünden|Grisons@Switzerland`;

export const CITIES = `Paris|Lyon|Marseille|Toulouse|Lille|Bordeaux|Nantes|Strasbourg|Grenoble|Dunkirk|Dunkerque|Nice|Rennes|Montpellier|Le Havre|Rouen|Metz|Douai|Reims|Dijon|Clermont-Ferrand|Tours|Orléans|Brest|Caen|Cherbourg|Mulhouse|Amiens|Saint-Étienne|Toulon|Le Mans|Angers|Valenciennes|Calais|Saint-Nazaire|Fos-sur-Mer|Belfort|Poitiers|Limoges|Avignon|Béthune@France;
Berlin|Munich|München|Hamburg|Hambourg|Frankfurt|Francfort|Cologne|Köln|Stuttgart|Düsseldorf|Leipzig|Dresden|Dresde|Hanover|Hannover|Wolfsburg|Augsburg|Magdeburg|Erlangen|Bremen|Nuremberg|Nürnberg|Ingolstadt|Ludwigshafen|Leverkusen|Dortmund|Duisburg|Bochum|Bonn|Mannheim|Karlsruhe|Freiburg|Heilbronn|Ulm|Regensburg|Würzburg|Erfurt|Jena|Chemnitz|Zwickau|Rostock|Kiel|Lübeck|Mainz|Wiesbaden|Saarbrücken|Kassel|Münster|Bielefeld|Aachen|Aix-la-Chapelle|Aquisgrán|Duisbourg|Mayence|Maguncia|Colonia|Múnich|Braunschweig|Salzgitter|Emden|Grünheide|Potsdam@Germany;
Madrid|Barcelona|Barcelone|Valencia|Valence|Seville|Sevilla|Séville|Bilbao|Zaragoza|Saragosse|Málaga|Malaga|Vigo|Valladolid|Sagunto|Cartagena|Alicante|Córdoba|Granada|A Coruña|La Coruña|Santander|Gijón|Oviedo|Pamplona|Vitoria|San Sebastián|Tarragona|Castellón|Badajoz|Cáceres|Almería|Huelva|Cádiz|Burgos|Salamanca|Toledo|Palma|Getafe|Ciudad Real|Jaén|Lugo|Ourense|Pontevedra|Huesca|Teruel|Soria|Segovia|Cuenca|Albacete|Lleida|Girona|Zamora|Palencia|Logroño|Ferrol|Algeciras@Spain;
Rome|Roma|Rom|Milan|Milano|Mailand|Turin|Torino|Naples|Napoli|Bologna|Bologne|Florence|Firenze|Venice|Venezia|Genoa|Genova@Italy;
London|Londres|Manchester|Birmingham|Leeds|Liverpool|Bristol|Newcastle|Sheffield|Sunderland|Oxford|Cambridge|Derby|Nottingham|Leicester|Coventry|Swindon|Southampton|Hull|Middlesbrough|Ellesmere Port@United Kingdom;
Glasgow|Edinburgh|Aberdeen|Dundee@Scotland;Cardiff|Swansea|Newport@Wales;Belfast@Northern Ireland;
Amsterdam|Rotterdam|Eindhoven|The Hague@Netherlands;Brussels|Bruxelles|Brüssel|Bruselas|Antwerp|Anvers|Ghent@Belgium;Zurich|Zürich|Geneva|Genève|Genf|Basel|Bâle|Lausanne|Bern|Lucerne|Luzern|Lugano|Neuchâtel|La Chaux-de-Fonds|Le Locle|Winterthur|St. Gallen@Switzerland;
Vienna|Vienne|Wien|Viena|Linz|Graz|Wiener Neustadt|Wels|Salzburg|Innsbruck|Klagenfurt|Villach|Steyr@Austria;Dublin|Cork|Galway|Limerick|Waterford|Athlone|Shannon|Sligo|Kilkenny|Drogheda|Dundalk|Navan|Naas|Ennis|Swords|Tralee|Carlow|Letterkenny|Mullingar|Wexford|Tullamore|Portlaoise|Castlebar|Clonmel|Killarney|Leixlip|Ringaskiddy|Carrigtwohill|Clonee|Dunboyne@Ireland;Warsaw|Varsovie|Warschau|Varsovia|Wrocław|Wroclaw|Breslau|Krakow|Kraków|Krakau|Cracovie|Gdansk|Gdańsk|Danzig|Poznań|Poznan|Posen|Łódź|Lodz|Katowice@Poland;Lisbon|Lisbonne|Lissabon|Lisboa|Porto@Portugal;
Prague|Prag|Praga@Czech Republic;Budapest|Debrecen@Hungary;Stockholm|Gothenburg|Göteborg@Sweden;Oslo@Norway;Copenhagen|Copenhague|Kopenhagen@Denmark;Helsinki@Finland;
Athens|Athènes|Athen|Atenas@Greece;Istanbul@Turkey;Tokyo|Osaka@Japan;Beijing|Pékin|Peking|Shanghai|Shenzhen@China;Mumbai|Bangalore|Bengaluru|Chennai|New Delhi@India;Seoul|Séoul@South Korea;
Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Geelong|Townsville|Gladstone|Kwinana|Port Hedland|Karratha|Kalgoorlie|Wollongong|Ballarat|Bendigo|Toowoomba|Mackay|Whyalla@Australia;Auckland|Christchurch|Wellington|Whangārei|Whangarei|Tauranga|Dunedin|Queenstown@New Zealand;Kampala|Jinja@Uganda;Durban|Port Elizabeth|Gqeberha|Pretoria|Richards Bay|De Aar@South Africa;Jubail|Yanbu|Dammam|Jeddah|Ras Al Khair@Saudi Arabia;Jebel Ali|Sharjah@United Arab Emirates;Ras Laffan@Qatar;Hanoi|Ho Chi Minh City@Vietnam;Bangkok@Thailand;Jakarta@Indonesia;Kuala Lumpur|Penang@Malaysia;Manila@Philippines;Taipei@Taiwan;Hyderabad|Pune|Ahmedabad|Kolkata@India;
Casablanca|Tangier|Tanger|Tánger|Kenitra|Kénitra|Rabat|Marrakech|Marrakesh|Agadir|Fès|Fez|Meknès|Tétouan|Oujda@Morocco;
Abidjan|San-Pédro|San Pedro|Bouaké|Yamoussoukro@Ivory Coast;Dakar|Thiès|Diamniadio@Senegal;Accra|Kumasi|Tema@Ghana;Abuja|Kano|Port Harcourt@Nigeria;
Mombasa|Kisumu@Kenya;Muscat|Mascate|Maskat|Sohar|Salalah|Duqm@Oman;Manama@Bahrain;Kuwait City@Kuwait;Dar es Salaam|Arusha@Tanzania;Addis Ababa|Addis-Abeba@Ethiopia;Kigali@Rwanda;Cotonou@Benin;Lomé@Togo;Bamako@Mali;Ouagadougou@Burkina Faso;
Liège|Luik|Lüttich|Lieja|Charleroi|Namur|Mons|Leuven|Louvain|Louvain-la-Neuve|Bruges|Brugge|Brujas|Mechelen|Malines|Kortrijk|Courtrai|Hasselt|Wavre@Belgium;
Fribourg|Sion|Sitten|Biel|Bienne|Thun|Thoune|Schaffhausen|Schaffhouse|Chur|Coire|Uster|Yverdon-les-Bains|Yverdon|Zug|Zoug|Kriens|Rapperswil-Jona|Dübendorf|Dietikon|Montreux|Frauenfeld|Wetzikon|Meyrin|Wädenswil|Carouge|Kreuzlingen|Aarau|Allschwil|Renens|Nyon|Vevey|Olten|Solothurn|Soleure|Grenchen|Granges|Langenthal|Burgdorf|Delémont|Porrentruy|Moutier|Martigny|Monthey|Visp|Viège|Bulle|Morges|Schlieren|Zofingen|Lenzburg|Liestal|Pratteln|Muttenz|Sursee|Stans|Glarus|Herisau|Rotkreuz|Saint-Imier|Le Sentier|Bellinzona|Locarno|Mendrisio|Stabio|Plan-les-Ouates|Ecublens@Switzerland;
Thurgau|Thurgovie@Switzerland;Schwyz@Switzerland;Appenzell@Switzerland;Basel-Landschaft|Baselland|Bâle-Campagne@Switzerland;Douala|Yaoundé@Cameroon;Alger|Algiers|Oran|Constantine|Sétif|Annaba@Algeria;Port-Louis|Port Louis@Mauritius;Libreville@Gabon;Cairo|Le Caire|Kairo|El Cairo@Egypt;Johannesburg|Cape Town@South Africa;Lagos@Nigeria;Nairobi@Kenya;Riyadh|Riyad@Saudi Arabia;Doha@Qatar;
Toronto|Montreal|Montréal|Vancouver|Calgary|Ottawa|Windsor@Canada;Jonquière|Saguenay|Chicoutimi|Bécancour|Trois-Rivières|Sherbrooke|Gatineau|Lévis|Longueuil|Drummondville|Granby|Mirabel|Varennes|Shawinigan|Rimouski|Sept-Îles|Baie-Comeau|Saint-Hyacinthe|Sorel-Tracy|Boisbriand|Thetford Mines|Rouyn-Noranda|Matane|Val-d'Or|Baie-Saint-Paul|Victoriaville|Joliette|Magog|Gaspé|Boucherville|Terrebonne|Blainville|Salaberry-de-Valleyfield|Chibougamau|Malartic|La Tuque|Roberval|Dolbeau-Mistassini|Montmagny|Rivière-du-Loup|Saint-Jérôme|Brossard|Contrecœur|Bromont|Cowansville|Saint-Félicien|Port-Cartier|Fermont|Saint-Georges-de-Beauce@Quebec;Valledupar|Santa Marta|Cúcuta|Ibagué|Villavicencio|Montería@Colombia;Chiclayo|Paracas|Chimbote@Peru;Rancagua|Copiapó|La Serena|Punta Arenas|Mejillones@Chile;Ramos Arizpe|Apodaca|Salinas Victoria|Silao|Celaya|Irapuato|Cancún|Cancun|Mexicali|Ciudad Obregón|Escobedo|Santa Catarina@Mexico;Mexico City|Ciudad de México|Monterrey|Guadalajara|Tijuana|Saltillo|Hermosillo|Ciudad Juárez@Mexico;Buenos Aires|Rosario|Río Cuarto|Bahía Blanca|Mar del Plata|San Miguel de Tucumán|Salta|Vaca Muerta@Argentina;Valparaíso|Viña del Mar|Puerto Montt|Puerto Varas|Temuco|Calama|Iquique@Chile;Cali|Barranquilla|Bucaramanga|Pereira|Manizales@Colombia;Arequipa|Callao@Peru;Montevideo@Uruguay;Bogotá|Medellín@Colombia;São Paulo|Sao Paulo|Rio de Janeiro@Brazil;Dubai|Abu Dhabi@United Arab Emirates;
New York City|Manhattan@New York;Los Angeles|San Francisco|San Jose|San Diego@California;Chicago@Illinois;Houston|Dallas|Austin|San Antonio@Texas;Seattle@Washington;
Boston@Massachusetts;Atlanta@Georgia;Detroit@Michigan;Pittsburgh|Philadelphia@Pennsylvania;Phoenix@Arizona;Columbus|Cleveland|Cincinnati@Ohio;Nashville|Memphis@Tennessee;Charlotte|Raleigh@North Carolina;Denver@Colorado;Miami|Orlando|Tampa|Jacksonville@Florida;Indianapolis@Indiana;Louisville@Kentucky;Kansas City|St. Louis@Missouri;
Salt Lake City@Utah;Portland@Oregon;Las Vegas@Nevada;Minneapolis@Minnesota;Milwaukee@Wisconsin;Baltimore@Maryland;Richmond@Virginia;Savannah@Georgia;Huntsville@Alabama`;

/** Adjectives and phrases that name a place ("European sites", "Italian cloud region", "sites européens"). */
export const PLACE_ADJECTIVES = `algérien|algérienne|algériens|algériennes|argelino|argelina@Algeria;South Australian@South Australia;Tasmanian@Tasmania;mauricien|mauricienne|mauriciens|mauriciennes@Mauritius;European|européen|européens|européenne|européennes|europäischen|europäische|europeo|europeos|europea@Europe;
Italian|italien|italienne|italienischen|italiano@Italy;French|français|française|französischen|francés@France;German|allemand|allemande|deutschen|alemán@Germany;
Spanish|espagnol|espagnole|spanischen|español@Spain;British|britannique|britischen|británico@United Kingdom;American|américain|américaine|amerikanischen|estadounidense@United States`;
