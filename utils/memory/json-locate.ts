// Line numbers for problems in a JSON file. JSON.parse tells where the syntax breaks (in a
// different wording per engine); for a value that parses but fails validation, a small scanner
// walks the already-valid text to the value at a path and returns where it starts.

export interface TextPosition {
  line: number;
  column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * Where a JSON.parse error points, from its message: V8 says "at position N" and newer V8
 * adds "(line L column C)"; SpiderMonkey says "at line L column C". Null if it says neither.
 */
export function syntaxErrorPosition(text: string, message: string): TextPosition | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: +lineColumn[1], column: +lineColumn[2] };
  const position = /position (\d+)/.exec(message);
  return position ? positionAt(text, +position[1]) : null;
}

/** Offset where the value at `path` starts in valid JSON text, or null if the path is absent. */
export function offsetOfPath(text: string, path: readonly PropertyKey[]): number | null {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const readString = (): string => {
    const start = i;
    for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // Moves past one value of any kind (the text is known to be valid JSON).
  const skipValue = (): void => {
    skipSpace();
    const open = text[i];
    if (open === '"') return void readString();
    if (open !== '{' && open !== '[') {
      while (i < text.length && !',]} \t\n\r'.includes(text[i])) i++;
      return;
    }
    i++;
    for (skipSpace(); text[i] !== (open === '{' ? '}' : ']'); skipSpace()) {
      if (open === '{') {
        readString();
        skipSpace();
        i++; // the colon
      }
      skipValue();
      skipSpace();
      if (text[i] === ',') i++;
    }
    i++;
  };
  for (const step of path) {
    skipSpace();
    const open = text[i];
    if (open !== '{' && open !== '[') return null;
    i++;
    let found = false;
    for (let index = 0; !found; index++) {
      skipSpace();
      if (text[i] === '}' || text[i] === ']') return null;
      let key: PropertyKey = index;
      if (open === '{') {
        key = readString();
        skipSpace();
        i++;
      }
      skipSpace();
      if (String(key) === String(step)) found = true;
      else {
        skipValue();
        skipSpace();
        if (text[i] === ',') i++;
      }
    }
  }
  skipSpace();
  return i;
}
