// Transparent stance cues. A suggestion for a person to confirm, never a verdict: the cues that
// decided it travel with it so the reviewer sees why.

export type TStance = "SUPPORTS" | "REFUTES";
export type TStanceGuess = { stance: TStance; cues: string[] };

// Normalized (Simplified, lower-case) negation and hedging expressions. Longest first so "不太可能"
// is one cue, not "不" plus something.
const NEGATIONS = [
  "不太可能", "不可能", "不现实", "不切实际", "不会", "不能", "不是", "不再", "不应", "不得", "不愿", "不接受", "不同意", "不支持", "不承认",
  "没有", "并非", "并未", "未能", "无法", "无意", "拒绝", "否认", "反对", "排除", "不要", "难以", "很难", "缺乏", "缺少",
  // Low likelihood reads as a negation of possibility: "可能性极低" says what "不太可能" says.
  "可能性极低", "可能性很低", "可能性不高", "可能性不大",
  // Single characters last, minus the words they only look like negations in (不过 "but",
  // 不断 "constantly", 未来 "future", 无论 "whatever"…).
  "不(?!过|断|同|久|少|仅|但|论|管|满|安|久|止|时|妨)", "未(?!来|知|婚)", "没(?!收)", "无(?!论|数|人机)", "非(?!常|洲|法)",
  "unrealistic", "unlikely", "impossible", "cannot", "can't", "won't", "will not", "not", "never", "no longer", "deny", "denied",
  "denies", "reject", "rejected", "rejects", "refuse", "refused", "rule out", "ruled out", "exclude", "excluded", "oppose", "opposed",
  "lack", "lacks", "lacked",
];
// A negated negation affirms: "did not rule out" says it may happen. Removed before negations
// are counted, so "并未排除" is not read as two negating words.
const AFFIRMATIONS = ["并未排除", "没有排除", "未排除", "不排除", "不能排除", "无法排除", "并不否认", "不否认", "不无可能", "did not rule out", "not ruled out", "not rule out", "did not exclude", "not excluded", "did not deny", "not deny"];
const REFUTATIONS = ["驳斥", "反驳", "不实", "谣言", "错误的", "澄清", "否认", "false", "refuted", "dismissed", "debunked", "denied"];
const CONTRASTS = ["但是", "然而", "不过", "反而", "却", "但", "however", "but", "although", "whereas"];

function cuesIn(text: string, list: string[]): string[] {
  const found: string[] = [];
  let rest = text;
  const plain = list.filter((c) => !c.includes("("));
  for (const cue of [...plain.sort((a, b) => b.length - a.length), ...list.filter((c) => c.includes("("))]) {
    const pattern = /^[a-z' ]+$/.test(cue) ? new RegExp(`(?<![a-z])${cue.replace(/'/g, "'")}(?![a-z])`, "g") : new RegExp(cue, "g");
    if (pattern.test(rest)) {
      found.push(cue.replace(/\(.*$/, ""));
      rest = rest.replace(pattern, " ");
    }
  }
  return found;
}

// "Unless X, otherwise not Y" states that X is required, not a negative: the negation of its
// consequent is dropped ("除非他们参与谈判，否则任何协议都不可能实施" says they must take part).
const NECESSITY = [/除非(.*?)否则.*$/u, /(?<![a-z])unless(?![a-z])(.*?),.*$/];

/** The text with affirming negations and necessity clauses taken out, for counting negations. */
function plainPolarity(text: string): string {
  const plain = AFFIRMATIONS.reduce((rest, phrase) => rest.split(phrase).join(" "), text);
  return NECESSITY.reduce((rest, pattern) => rest.replace(pattern, "$1"), plain);
}

/**
 * Compares polarity (a negated statement against a plain one), explicit refutation words and
 * conflicting figures. `numbersConflict` is true when both texts give numbers of the same kind
 * and none agree (a different year, count or share).
 */
export function guessStance(claim: string, passage: string, numbersConflict: boolean): TStanceGuess {
  if (numbersConflict) return { stance: "REFUTES", cues: ["numbers differ"] };
  const refuting = cuesIn(passage, REFUTATIONS).filter((cue) => !cuesIn(claim, [cue]).length);
  if (refuting.length > 0) return { stance: "REFUTES", cues: refuting };
  const claimNeg = cuesIn(plainPolarity(claim), NEGATIONS);
  const passageNeg = cuesIn(plainPolarity(passage), NEGATIONS);
  // Presence, not parity: "impossible without Ukraine taking part" and "would not accept a deal
  // without it" are both negative statements, whatever the count of negating words.
  if ((claimNeg.length > 0) !== (passageNeg.length > 0)) {
    const contrast = cuesIn(passage, CONTRASTS);
    return { stance: "REFUTES", cues: [...(claimNeg.length ? claimNeg : passageNeg), ...contrast] };
  }
  return { stance: "SUPPORTS", cues: claimNeg.length ? [...claimNeg, ...passageNeg] : [] };
}
