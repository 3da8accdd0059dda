// The words and shapes check-worthiness looks for, written against normalized text
// (lib/text/normalize.ts): Simplified script, ASCII punctuation, lower-case Latin. One Simplified
// spelling therefore covers both scripts ("說" and "说" both arrive as "说").
// Lookarounds keep common words that merely contain a cue out: 不久 "soon" is no negation,
// 最后 "finally" no superlative, 名称 "name" no reporting verb.

const CN_DIGIT = "零〇一二两三四五六七八九十百千";
const ARABIC = String.raw`\d+(?:[.,]\d+)*`;
const MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const EN_NUMBER = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?";

const any = (...parts: string[]) => new RegExp(parts.join("|"), "gu");

/** Calendar dates, weekdays and days named relative to the report ("2月18日", "周二", "today"). */
export const DATE = any(
  String.raw`(?:\d{2,4}|[〇零一二三四五六七八九]{4})年\d{1,2}月(?:\d{1,2}[日号])?`,
  String.raw`\d{1,2}月\d{1,2}[日号]`,
  `[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]`,
  String.raw`(?<![\d.])\d{1,2}[日号](?![本元])`,
  String.raw`(?<![\d个])\d{1,2}月(?!份?\d)`,
  "(?:周|星期|礼拜)[一二三四五六日天]",
  "今天|昨天|明天|前天|今日|昨日|明日|今晨|今晚|昨晚|今年|去年|明年|前年|本周|上周|下周|本月|上个?月|下个?月|当天|当日|当晚|同日|近日|日前",
  String.raw`\b(?:${MONTH})\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?\b`,
  String.raw`\b\d{1,2} (?:${MONTH})\b`,
  String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  String.raw`\b(?:today|yesterday|tomorrow|tonight|(?:last|next|this) (?:week|month|year))\b`,
);

/** Amounts with a unit or magnitude: percentages, 万/亿, money, troops ("数十万军人", "$5 billion"). */
export const QUANTITY = any(
  String.raw`${ARABIC}\s?%`,
  `百分之[${CN_DIGIT}点]+`,
  String.raw`\b${ARABIC}\s?(?:percent|per cent)\b`,
  String.raw`(?:${ARABIC}|[${CN_DIGIT}]+|数|几)[十百千]*[万亿]+(?:名|个)?(?:美元|欧元|英镑|卢布|元|军人|士兵|兵|人|吨|桶|公里)?`,
  String.raw`(?:${ARABIC}|[${CN_DIGIT}]+)\s?(?:名|个)?\s?(?:美元|欧元|英镑|卢布|军人|士兵|兵力?|吨|桶|平方公里|公里)`,
  String.raw`(?:\$|€|£)\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m)\b)?`,
  String.raw`\b${ARABIC}\s?(?:million|billion|trillion|thousand|troops|soldiers|dollars|euros|tons|tonnes|barrels|km|kilomet(?:re|er)s)\b`,
  String.raw`\b(?:hundreds|thousands|millions|billions|tens of thousands) of\b`,
  String.raw`\b(?:${EN_NUMBER}) (?:thousand |million )?(?:troops|soldiers)\b`,
  String.raw`一半|半数|\bhalf of\b`,
);

/** Any other figure: Arabic numerals, Chinese numerals with a counter (三年, 四个州), number words. */
export const NUMBER = any(
  String.raw`(?<![a-z\d.])${ARABIC}(?![a-z\d])`,
  `(?<!第)(?:[二三四五六七八九十百千]|[一两](?=[十百千]))[${CN_DIGIT}]*(?:个|名|位|人|次|国|天|年|小时|分钟|周|岁|架|枚|辆|艘|座|项|条|倍|阶段|届|轮|地|家|州|方)`,
  String.raw`\b(?:${EN_NUMBER})\b`,
);

/** Footnote marks are not figures: "[10]", and the "武器36." left where a site inlined its citations. */
export const REFERENCE_MARKER = any(String.raw`\[\d{1,3}\]`, String.raw`(?<=\p{Script=Han})\d{1,3}\.(?=\s*$|\p{Script=Han})`);

/** Verbs that attribute a statement to someone (表示, 称, 说, said, according to …). */
export const REPORTING = any(
  "表示|(?<![名简对堪职尊])称(?![为之号赞])|(?<![小传])说(?!服)|指出|强调|宣布|透露|认为|声明|证实|写道|告诉|直言|回应|承认|警告|援引|引述|坦言|暗示|披露|提到",
  "据.{0,12}?报[道导]",
  String.raw`\b(?:said|says|say|told|tells|stated|announced|announces|claimed|reported|confirmed|warned|wrote|insisted|denied|added|stressed|emphasi[sz]ed|according to)\b`,
);

/** Whoever holds an office speaks "as an official" even when the alias table does not know them. */
export const OFFICE = any(
  "总统|总理|首相|部长|外长|国务卿|发言人|官员|顾问|秘书长|大使|特使|使者|主席|负责人|院长|议员|将军",
  String.raw`\b(?:president|prime minister|minister|secretary|spokes(?:man|woman|person)|officials?|ambassador|advis[eo]r|envoy|chancellor|general)\b`,
);

export const NEGATION = any(
  "(?<!了)不(?![久过断少仅管同论但如])|没有?(?!收)|未(?![来必知])|无(?![论数疑线]|人机)|(?<!是)非(?![常洲])|否认|拒绝|从未|绝不|别无",
  String.raw`\b(?:not|no|never|none|neither|nor|den(?:y|ies|ied)|refus(?:e|es|ed|ing)|reject(?:s|ed)?)\b|n't\b`,
);

export const COMPARISON = any(
  "比(?![如方赛利特])|更(?![新改换正])|最(?![后终初近])|超过|首次|首个|首位|第一次|多于|少于|高于|低于|相比|创下",
  String.raw`\b(?:than|more|less|fewer|most|least|first|largest|biggest|highest|lowest|worst|best|record)\b`,
);

/** Page furniture: links, handles, picture credits, navigation, edit links, encyclopedia banners. */
export const BOILERPLATE = any(
  String.raw`https?://|www\.|pic\.twitter\.com|\b[a-z0-9-]+\.(?:com|org|net|cn|tw|hk)/|@[a-z0-9_]{3,}`,
  String.raw`(?:^|[\s(\[,.:;"])图为|图片|图源|资料图|照片:|摄影|getty images?|\bvia getty\b`,
  "跳转到内容|当前位置|首页|返回顶部|推荐阅读|相关阅读|延伸阅读|相关新闻|责任编辑|编辑|发布时间|来源:|作者:|分享到|版权所有|维基百科|百科全书",
  String.raw`copyright|all rights reserved|\bread more\b|\bskip to content\b|\bsubscribe\b`,
);

/** A sentence asking rather than stating: ends in "?" (before closing quotes), or 吗?/呢?. */
export const QUESTION = any(String.raw`\?["')\]]*\s*$`, String.raw`[吗呢]\?`);
