// German writes a number below a million as one word: "zweihundertvierzig" (240),
// "dreitausendfünfhundert" (3,500), "einundzwanzig" (21). Read here by its parts: thousands,
// hundreds, then tens with their units before "und". Anything else ("Jahrhundert",
// "Hunderttausende") is no number.

const UNITS: Record<string, number> = { ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const BELOW_TWENTY: Record<string, number> = {
  ...UNITS, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = { zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 };

/** 0–99 written as one word ('' is 0); null when it is not one. */
function belowHundred(w: string): number | null {
  if (w === '') return 0;
  const plain = BELOW_TWENTY[w] ?? TENS[w];
  if (plain !== undefined) return plain;
  const und = w.indexOf('und');
  if (und <= 0) return null;
  const unit = UNITS[w.slice(0, und)];
  const tens = TENS[w.slice(und + 3)];
  return unit !== undefined && tens !== undefined ? unit + tens : null;
}

/** 0–999 ('' is 0). */
function belowThousand(w: string): number | null {
  const h = w.indexOf('hundert');
  if (h < 0) return belowHundred(w);
  const times = h === 0 ? 1 : UNITS[w.slice(0, h)];
  const rest = belowHundred(w.slice(h + 7));
  return times !== undefined && rest !== null ? times * 100 + rest : null;
}

/** The value of a one-word German number with "hundert" or "tausend" in it, or a number and a
 * half ("zweieinhalb", "eineinhalb", "anderthalb": 2.5, 1.5, 1.5), else null. */
export function germanNumberWord(w: string): number | null {
  // (every such word has seven letters or more: asked of every word after a number word, most
  // are shorter and need no search for its parts)
  if (w.length < 7) return null;
  if (w.endsWith('halb')) return andAHalf(w);
  const t = w.indexOf('tausend');
  if (t < 0) return w.includes('hundert') ? belowThousand(w) : null;
  const times = t === 0 ? 1 : belowThousand(w.slice(0, t));
  const rest = belowThousand(w.slice(t + 7));
  return times && rest !== null ? times * 1000 + rest : null;
}

// "zweieinhalb Milliarden Euro": the half rides on a unit or any number below a thousand
function andAHalf(w: string): number | null {
  if (w === 'anderthalb') return 1.5;
  if (!w.endsWith('einhalb') || w.length === 7) return null;
  const whole = belowThousand(w.slice(0, -7));
  return whole ? whole + 0.5 : null;
}
