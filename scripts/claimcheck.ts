// The claim engine from the command line:
//   npm run claimcheck -- [--json] [--date YYYY-MM-DD] FILE...
// All files of one call are compared with each other. Exit codes: 0 done, 2 bad usage or a
// file that cannot be read, 1 an internal error.
import { analyze } from '../utils/core';
import { pressFindings } from '../utils/core/press';
import { ReportSchema } from '../utils/core/report';
import { InputError, readInput } from './claimcheck-input';
import { summary } from './claimcheck-summary';
import { describeOutcomes, mergePressReleases, runLookups, takeLookupArg, type LookupCliOptions } from './claimcheck-lookup';

const USAGE = `usage: npm run claimcheck -- [--json] [--date YYYY-MM-DD] [--suggest] FILE...
  FILE      .txt (taken as is) or .html (its article text is extracted first)
  --json    print the report as JSON (format 1, see ../shared/report-format.md)
  --date    publication date for every file (picks the exchange rates); else the page's own
  --suggest also list newsroom pages from the company directory and search links for
            companies whose press release was not found (nothing is fetched)
  --lookup[=SOURCES]  look press releases up ON THE NETWORK (only with this flag): SOURCES among
            article-links,newsroom,edgar,newswire,wikidata (default all); releases read and
            checked are listed as 'verified'. EDGAR wants CLAIMCHECK_USER_AGENT="Name email".
  --lookup-base URL|NAME=URL  tests only: send lookups to a local server on 127.0.0.1`;

interface Options {
  json: boolean;
  suggest: boolean;
  date?: string;
  files: string[];
  lookup?: LookupCliOptions;
}

function fail(message: string): never {
  process.stderr.write(`claimcheck: ${message}\n`);
  process.exit(2);
}

function parseArgs(args: string[]): Options {
  const options: Options = { json: false, suggest: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--suggest') options.suggest = true;
    else if (arg === '--date' || arg.startsWith('--date=')) {
      const value = arg === '--date' ? args[++i] : arg.slice('--date='.length);
      if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) fail(`--date needs YYYY-MM-DD, got ${value ?? 'nothing'}\n${USAGE}`);
      options.date = value;
    } else if (arg.startsWith('--lookup')) {
      const taken = takeLookupArg(args, i, options.lookup, (message) => fail(`${message}\n${USAGE}`));
      if (!taken) fail(`unknown option ${arg}\n${USAGE}`);
      options.lookup = taken.options;
      i = taken.index;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
    else options.files.push(arg);
  }
  if (!options.files.length) fail(`no files given\n${USAGE}`);
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let inputs;
  try {
    inputs = options.files.map((file) => readInput(file, options.date));
  } catch (error) {
    if (error instanceof InputError) fail(error.message);
    throw error;
  }
  const analysed = analyze(inputs);
  // Press releases: links written in the files and releases given in the same call, matched by
  // content; directory pages and search links only when asked for. Nothing goes to the network.
  const press = pressFindings(
    analysed.documents.map((doc, i) => ({ ...doc, text: inputs[i].text, published: inputs[i].published, anchors: inputs[i].anchors })),
    { directory: options.suggest, search: options.suggest },
  );
  // Network lookups only with --lookup (and only its sources); their problems go to stderr.
  const lookups = options.lookup?.sources.size ? await runLookups(inputs, analysed, options.lookup) : [];
  const described = describeOutcomes(lookups);
  for (const line of described.problems) process.stderr.write(`claimcheck: ${line}\n`);
  // Parsing our own output checks the contract before anyone else relies on it.
  const report = ReportSchema.parse({ ...analysed, press_releases: mergePressReleases(press.press_releases, lookups) });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const texts = new Map(report.documents.map((d, i) => [d.id, inputs[i].text]));
  const dates = new Map(report.documents.map((d, i) => [d.id, inputs[i].published]));
  process.stdout.write(`${summary(report, texts, dates, press.checks)}\n`);
  if (lookups.length) process.stdout.write(`\n${described.summary}\n`);
}

main().catch((error) => {
  process.stderr.write(`claimcheck: internal error: ${(error as Error)?.stack ?? error}\n`);
  process.exit(1);
});
