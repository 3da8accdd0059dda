// What each feature adds to (or takes from) a sentence's score, in one table: the score is the sum
// over a sentence's reasons, clamped to 0..1, so any score can be recomputed by hand from its
// reasons. "official" (a named person or an office holder with a reporting verb) stands in for
// "person" and "reporting" together. Kept apart from the patterns so the UI can read it cheaply.
export const WEIGHTS = {
  official: 0.35,
  quantity: 0.25,
  number: 0.2,
  date: 0.15,
  person: 0.15,
  reporting: 0.1,
  entity: 0.1,
  negation: 0.1,
  comparison: 0.1,
  run_on: -0.15,
  question: -0.3,
  short: -0.3,
  boilerplate: -0.8,
} as const;

export type TReasonCode = keyof typeof WEIGHTS;
export const REASON_CODES = Object.keys(WEIGHTS) as TReasonCode[];

export const isPenalty = (code: TReasonCode): boolean => WEIGHTS[code] < 0;
