// Shows what the claim engine does with a piece of text: sentences (boilerplate marked),
// figures, entities and claims with the names of the rules that fired.
//   npm run debug -- "Airbus will invest USD 2 bn in Mobile, Alabama, and hire at least 1,000 workers."
//   npm run debug -- --lang fr --file article.txt
import { readFileSync } from 'node:fs';
import { allFigures, runPipeline } from '../utils/core/extract/index';

const args = process.argv.slice(2);
const take = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const lang = take('--lang');
const file = take('--file');
const text = file ? readFileSync(file, 'utf8') : args.join(' ');
if (!text.trim()) {
  console.error('usage: npm run debug -- [--lang en|fr|de|es] "some text" | --file FILE');
  process.exit(2);
}

const trace = runPipeline('d1', text, lang);
const show = (from: number, to: number) => JSON.stringify(text.slice(from, to));
console.log(`language: ${trace.lang}`);
console.log('\nsentences:');
for (const s of trace.sentences) console.log(`  ${s.boilerplate ? '[boilerplate] ' : ''}[${s.start},${s.end}] ${show(s.start, s.end)}`);
console.log('\nfigures:');
for (const f of allFigures(trace)) {
  const start = trace.tokens[f.from].start;
  const end = trace.tokens[f.to - 1].end;
  const money = f.currency ? ` ${f.currency}` : '';
  const range = f.max !== null ? `–${f.max}` : '';
  const alt = f.alt ? ` alt ${f.alt.amount} ${f.alt.currency}` : '';
  console.log(`  ${f.kind.padEnd(7)} ${f.value}${range}${money}${alt}  ${show(start, end)} [${start},${end}]`);
}
console.log('\nentities:');
for (const e of trace.entities) console.log(`  ${e.type.padEnd(6)} ${JSON.stringify(e.text)}${e.role ? ` (${e.role})` : ''} [${e.start},${e.end}]`);
console.log('\nclaims:');
for (const c of trace.claims) {
  console.log(`  ${c.id} ${c.metric} ${c.amount}${c.amount_max !== null ? `–${c.amount_max}` : ''}${c.currency ? ` ${c.currency}` : ''} ${c.qualifier} ${c.status}`);
  console.log(`     figure ${show(c.start, c.end)}  subject ${c.subject ?? '—'}  location ${c.location ?? '—'}  period ${c.period ?? '—'}${c.alt ? `  alt ${c.alt.amount} ${c.alt.currency}` : ''}`);
  console.log(`     rules: ${c.reasons.join(', ')}`);
}
