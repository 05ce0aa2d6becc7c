// Sentence templates for the generated articles, in our own words. Slots:
//   planted claims:  {inv} money invested, {create} posts created, {hire} people hired
//   distractors:     {rev} revenue or market size, {staff} current headcount, {cut} job cuts,
//                    {pct} percentage, {price} share price, {date}, {year}
//   names:           {co} company, {place}
// A good engine reports exactly the planted slots; everything else is there to tempt it.
import type { Lang } from './figures';

export interface LanguageTemplates {
  claims: string[];
  distractors: string[];
  fillers: string[];
  places: string[];
}

export const COMPANIES = [
  'Norvalis', 'Brightwater Logistics', 'Helmtek GmbH', 'Veridian Cloud', 'Grupo Alcaraz', 'Solenne SA',
  'Kestrel Motors', 'Aurelia Pharma', 'Dunmore Energy', 'Lumeo Systems', 'Ostrava Steel AG', 'Celtia Foods',
  'Mareva Batteries', 'Quintara Bank', 'Altavela SE',
];

export const TEMPLATES: Record<Lang, LanguageTemplates> = {
  en: {
    claims: [
      '{co} will invest {inv} in a new plant in {place}, the company said on {date}.',
      '{co} plans to create {create} in {place} by {year}.',
      '{co} said it would invest more than {inv} and hire {hire} in {place}.',
      'The group is to spend {inv} over five years on its {place} site, creating up to {create}.',
      'Under the plan, {co} will hire about {hire} at the {place} facility by {year}.',
      '{co} announced on {date} an investment of {inv} to expand its data centres in {place}.',
    ],
    distractors: [
      'Last year {co} reported revenue of {rev}, up {pct} on {year}.',
      'The company employs {staff} worldwide.',
      'Shares in {co} rose {pct} to {price} on {date}.',
      'Sales in {place} grew by {pct} in the first quarter.',
      '{co} cut {cut} in {year} as demand slowed.',
      'Analysts put the size of the market at {rev} a year.',
    ],
    fillers: [
      'The decision follows months of talks with local authorities.',
      'Officials welcomed the announcement but asked for guarantees on training.',
      'Analysts said the move reflects strong demand for cloud services in Europe.',
      'The site will focus on research and development as well as production.',
      'Unions said they would study the details of the plan before commenting.',
      'The chief executive said the region offered skilled workers and good transport links.',
      'Construction is expected to start once the last permits have been granted.',
    ],
    places: ['Manchester', 'Ohio', 'Leeds', 'Texas', 'Dublin', 'Wales'],
  },
  fr: {
    claims: [
      '{co} va investir {inv} dans une nouvelle usine à {place}, a annoncé le groupe le {date}.',
      "{co} prévoit de créer {create} à {place} d'ici {year}.",
      'Le groupe investira plus de {inv} et recrutera {hire} sur le site de {place}.',
      "Cet investissement de {inv} doit permettre la création de {create} d'ici à {year}.",
      '{co} compte embaucher environ {hire} à {place} au cours des trois prochaines années.',
    ],
    distractors: [
      "L'an dernier, {co} a réalisé un chiffre d'affaires de {rev}, en hausse de {pct}.",
      'Le groupe emploie {staff} dans le monde.',
      "L'action {co} a gagné {pct} à {price} le {date}.",
      '{co} avait supprimé {cut} en {year}.',
      'Le marché est estimé à {rev} par an selon les analystes.',
    ],
    fillers: [
      'La décision fait suite à plusieurs mois de discussions avec les élus locaux.',
      "Les syndicats ont salué l'annonce tout en restant prudents.",
      'Le site sera consacré à la recherche et au développement.',
      'Selon la direction, la région offre une main-d’œuvre qualifiée et de bonnes infrastructures.',
      'Les travaux doivent commencer dès que les derniers permis auront été accordés.',
    ],
    places: ['Lyon', 'Dunkerque', 'Grenoble', 'Bordeaux', 'la région Hauts-de-France', 'Toulouse'],
  },
  de: {
    claims: [
      '{co} will {inv} in ein neues Werk in {place} investieren, teilte das Unternehmen am {date} mit.',
      '{co} plant, bis {year} in {place} {create} zu schaffen.',
      'Der Konzern investiert mehr als {inv} und will {hire} einstellen.',
      'Mit der Investition von {inv} sollen in {place} rund {create} entstehen.',
      '{co} kündigte an, am Standort {place} bis zu {hire} einzustellen.',
    ],
    distractors: [
      'Im vergangenen Jahr erzielte {co} einen Umsatz von {rev}, ein Plus von {pct}.',
      'Der Konzern beschäftigt weltweit {staff}.',
      'Die Aktie von {co} stieg am {date} um {pct} auf {price}.',
      '{co} hatte {year} rund {cut} abgebaut.',
      'Analysten schätzen den Markt auf {rev} pro Jahr.',
    ],
    fillers: [
      'Die Entscheidung folgt auf monatelange Gespräche mit der Landesregierung.',
      'Die Gewerkschaften begrüßten die Ankündigung, mahnten aber Tarifverträge an.',
      'Der Standort soll vor allem für Forschung und Entwicklung genutzt werden.',
      'Nach Angaben des Vorstands bietet die Region gut ausgebildete Fachkräfte.',
      'Der Bau soll beginnen, sobald die letzten Genehmigungen vorliegen.',
    ],
    places: ['Sachsen', 'Magdeburg', 'Dresden', 'Bayern', 'Leipzig', 'Brandenburg'],
  },
  es: {
    claims: [
      '{co} invertirá {inv} en una nueva planta en {place}, según anunció la compañía el {date}.',
      '{co} prevé crear {create} en {place} antes de {year}.',
      'La compañía invertirá más de {inv} y contratará a {hire} en su centro de {place}.',
      'La inversión de {inv} permitirá crear cerca de {create} hasta {year}.',
      '{co} contratará a unas {hire} en {place} en los próximos tres años.',
    ],
    distractors: [
      'El año pasado, {co} facturó {rev}, un {pct} más que en {year}.',
      'La compañía cuenta con {staff} en todo el mundo.',
      'Las acciones de {co} subieron un {pct} hasta {price} el {date}.',
      '{co} eliminó {cut} en {year}.',
      'Los analistas calculan que el mercado mueve {rev} al año.',
    ],
    fillers: [
      'La decisión llega tras meses de negociaciones con el gobierno regional.',
      'Los sindicatos valoraron positivamente el anuncio, aunque piden garantías.',
      'El centro se dedicará a la investigación y el desarrollo.',
      'Según la dirección, la región ofrece mano de obra cualificada y buenas conexiones.',
      'Las obras comenzarán en cuanto se concedan los últimos permisos.',
    ],
    places: ['Zaragoza', 'Valencia', 'Cataluña', 'Sevilla', 'Bilbao', 'Aragón'],
  },
};
