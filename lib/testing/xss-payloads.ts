/**
 * Hostile text for the XSS tests: each payload, if a page ever executed it, would set
 * `window.__xss` (or `parent.__xss`) to its id or open a dialog. Each carries a marker (`XSS07`)
 * placed where it survives every correct rendering — as plain text, and as Markdown in comments,
 * where link and image syntax leaves only the link text — so a test can check the text is still
 * shown, not silently dropped.
 */
export type TXssPayload = { id: string; marker: string; kind: string; value: string };

const RLO = "\u202E"; // RIGHT-TO-LEFT OVERRIDE
const LRI = "\u2066"; // LEFT-TO-RIGHT ISOLATE
const RLI = "\u2067"; // RIGHT-TO-LEFT ISOLATE
const FSI = "\u2068"; // FIRST STRONG ISOLATE
const PDI = "\u2069"; // POP DIRECTIONAL ISOLATE
const ZWSP = "\u200B"; // ZERO WIDTH SPACE
const ZWJ = "\u200D"; // ZERO WIDTH JOINER

const raw: [kind: string, value: (m: string, id: string) => string][] = [
  ["script tag", (m, id) => `<script>window.__xss="${id}"</script> ${m}`],
  ["img onerror", (m, id) => `<img src=x onerror="window.__xss='${id}'"> ${m}`],
  ["svg onload", (m, id) => `${m} <svg/onload=alert('${id}')>`],
  ["iframe srcdoc", (m, id) => `<iframe srcdoc="<script>parent.__xss='${id}'</script>"></iframe> ${m}`],
  ["javascript: link", (m, id) => `[${m} click me](javascript:window.__xss='${id}')`],
  ["mixed-case javascript: link", (m, id) => `[${m} mixed case](JaVaScRiPt:window.__xss='${id}')`],
  ["entity-encoded javascript: link", (m, id) => `[${m} entities](&#106;&#97;vascript:window.__xss='${id}')`],
  ["whitespace-split javascript: link", (m, id) => `[${m} split](jav&#x09;ascript:window.__xss='${id}')`],
  ["data:text/html link", (m) => `[${m} data url](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9IngwOSI8L3NjcmlwdD4=)`],
  ["Markdown image with javascript: src", (m, id) => `![${m} image](javascript:window.__xss='${id}')`],
  ["Markdown reference link", (m, id) => `[${m} reference][evil]\n\n[evil]: javascript:window.__xss='${id}'`],
  ["Markdown autolink", (m, id) => `${m} <javascript:window.__xss='${id}'>`],
  ["raw <a href> inside Markdown", (m, id) => `<a href="javascript:window.__xss='${id}'">${m} raw anchor</a>`],
  ["nested brackets", (m, id) => `[[${m} nested](javascript:window.__xss='${id}')](https://example.org/)`],
  ["attribute breakout, double quote", (m, id) => `"><script>window.__xss='${id}'</script> ${m}`],
  ["attribute breakout, single quote", (m, id) => `'><img src=x onerror=alert('${id}')> ${m}`],
  ["template literal", (m, id) => `\${window.__xss='${id}'} ${m}`],
  ["template injection", (m, id) => `{{constructor.constructor('window.__xss="${id}"')()}} ${m}`],
  ["CSS url(javascript:)", (m, id) => `<div style="background:url(javascript:window.__xss='${id}')">${m} css url</div>`],
  ["CSS expression()", (m, id) => `<p style="width:expression(window.__xss='${id}')">${m} css expression</p>`],
  ["right-to-left override", (m) => `${m} invoice${RLO}gpj.exe`],
  ["directional isolates, unbalanced", (m) => `${m} ${LRI}left ${RLI}right ${FSI}first${PDI} unclosed ${RLO}override`],
  ["zero-width characters in a javascript: URL", (m, id) => `[${m} zero width](java${ZWSP}script:window.__xss='${id}') java${ZWSP}script:alert('${id}')`],
  ["zero-width joiner in a name", (m) => `ad${ZWJ}min${ZWSP} ${m}`],
  ["mutation XSS", (m, id) => `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss='${id}'> ${m}`],
  ["details ontoggle", (m, id) => `<details open ontoggle="window.__xss='${id}'">${m} details</details>`],
  ["object data javascript:", (m, id) => `<object data="javascript:window.__xss='${id}'"></object> ${m}`],
  ["raw <a> with data: URL", (m, id) => `<a href="data:text/html,<script>alert('${id}')</script>">${m} data anchor</a>`],
  ["textarea breakout", (m, id) => `</textarea><script>window.__xss='${id}'</script> ${m}`],
  ["comment confusion", (m, id) => `${m} <!--<img src="--><img src=x onerror=window.__xss='${id}'//">`],
  ["input autofocus onfocus", (m, id) => `${m} <input autofocus onfocus=window.__xss='${id}'>`],
  ["vbscript: link", (m, id) => `[${m} vbscript](vbscript:msgbox("${id}"))`],
];

export const XSS_PAYLOADS: TXssPayload[] = raw.map(([kind, value], index) => {
  const n = String(index + 1).padStart(2, "0");
  const id = `x${n}`;
  const marker = `XSS${n}`;
  return { id, marker, kind, value: value(marker, id) };
});

/**
 * Joins payloads into one string of at most `max` characters (for fields such as token names that
 * hold several), keeping whole payloads only.
 */
export function packPayloads(payloads: TXssPayload[], max: number): { value: string; included: TXssPayload[] }[] {
  const packs: { value: string; included: TXssPayload[] }[] = [];
  for (const payload of payloads) {
    const value = payload.value.replace(/\s+/g, " ");
    if (value.length > max) continue;
    const last = packs.at(-1);
    if (last && last.value.length + 1 + value.length <= max) {
      last.value += ` ${value}`;
      last.included.push(payload);
    } else {
      packs.push({ value, included: [payload] });
    }
  }
  return packs;
}
