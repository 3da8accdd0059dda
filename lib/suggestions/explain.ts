import type { TReason, TReasonCode } from "./check-worthiness";

// The API's plain-English reading of each reason. The UI builds its own chips from code and
// detail through the message catalogues (lib/i18n/messages/<locale>/suggestions.json).
const EXPLANATIONS: Record<TReasonCode, (detail: string) => string> = {
  official: (d) => `quotes an official (${d})`,
  quantity: (d) => `gives a quantity (${d})`,
  number: (d) => `mentions a number (${d})`,
  date: (d) => `names a date (${d})`,
  person: (d) => `names a person (${d})`,
  reporting: (d) => `reports what was said (${d})`,
  entity: (d) => `names a place or organisation (${d})`,
  negation: (d) => `contains a negation (${d})`,
  comparison: (d) => `makes a comparison (${d})`,
  run_on: () => "is a very long run-on sentence",
  question: () => "is a question",
  short: () => "is a very short fragment",
  boilerplate: (d) => `looks like page furniture (${d})`,
};

export function explainReason({ code, detail }: TReason): string {
  const text = EXPLANATIONS[code](detail ?? "");
  return text.replace(/ \(\)$/, "");
}
