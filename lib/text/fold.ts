// Width and punctuation folding, one code point to one code point, so offsets into folded text are
// offsets into the original: highlights and anchors computed on normalized text land on the real words.

const PUNCTUATION: Record<string, string> = {
  "「": '"', "」": '"', "『": '"', "』": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "《": '"', "》": '"', "〈": '"', "〉": '"',
  "‘": "'", "’": "'", "‚": "'", "‛": "'",
  "。": ".", "｡": ".", "、": ",", "､": ",", "，": ",", "：": ":", "；": ";", "！": "!", "？": "?",
  "（": "(", "）": ")", "【": "[", "】": "]", "〔": "[", "〕": "]", "［": "[", "］": "]", "｛": "{", "｝": "}",
  "〜": "~", "～": "~", "—": "-", "–": "-", "―": "-", "‐": "-", "‑": "-", "－": "-", "−": "-",
  "・": "·", "•": "·", "‧": "·", "･": "·", "…": ".",
  "\u3000": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
};

/** The folded form of one code point: full-width ASCII to ASCII, CJK punctuation to ASCII, ASCII upper to lower. */
export function foldCodePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  let folded = char;
  if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCodePoint(code - 0xfee0);
  else if (PUNCTUATION[char]) folded = PUNCTUATION[char];
  const lowered = folded.codePointAt(0)!;
  return lowered >= 0x41 && lowered <= 0x5a ? String.fromCodePoint(lowered + 0x20) : folded;
}

/** Every code point that folding changes: full-width forms, the punctuation table, A–Z. */
export function foldedCodePoints(): string[] {
  const chars: string[] = Object.keys(PUNCTUATION);
  for (let code = 0xff01; code <= 0xff5e; code++) chars.push(String.fromCodePoint(code));
  for (let code = 0x41; code <= 0x5a; code++) chars.push(String.fromCodePoint(code));
  return chars;
}
