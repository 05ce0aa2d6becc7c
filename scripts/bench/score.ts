// Accuracy on the planted figures, the way the project's scorer counts a claim as found:
// same metric, amount within 0.5 %, spans overlapping; one-to-one matching.
import type { PlantedClaim } from './corpus';
import type { FoundFigure } from './tools';

export interface Accuracy {
  planted: number;
  reported: number;
  matched: number;
}

const AMOUNT_TOLERANCE = 0.005;

function matches(p: PlantedClaim, f: FoundFigure): boolean {
  return f.metric === p.metric && Math.abs(f.amount - p.amount) <= AMOUNT_TOLERANCE * p.amount && f.start < p.end && p.start < f.end;
}

export function scoreText(planted: PlantedClaim[], found: FoundFigure[]): Accuracy {
  const used = new Set<number>();
  let matched = 0;
  for (const p of planted) {
    // Both lists are small per article; a linear search keeps this obviously right.
    const i = found.findIndex((f, k) => !used.has(k) && matches(p, f));
    if (i >= 0) {
      used.add(i);
      matched++;
    }
  }
  return { planted: planted.length, reported: found.length, matched };
}

export function addAccuracy(a: Accuracy, b: Accuracy): Accuracy {
  return { planted: a.planted + b.planted, reported: a.reported + b.reported, matched: a.matched + b.matched };
}

export const recall = (a: Accuracy) => (a.planted ? a.matched / a.planted : 0);
export const precision = (a: Accuracy) => (a.reported ? a.matched / a.reported : 0);
