// Detects which of the desk's three working languages a text is written in. Pure and
// dependency-free: a compact table of characters whose Traditional and Simplified forms differ
// is enough to tell the two Chinese scripts apart, and Latin prose marks English.

export const LANGUAGES = ["zh-Hant", "zh-Hans", "en"] as const;
export type TLanguage = (typeof LANGUAGES)[number];
export type TLanguageResult = { languages: TLanguage[]; primary: TLanguage | null };

// Traditional/Simplified pairs, Traditional first. Characters that both scripts use in their own
// right (后 for "queen", 干, 台, 只, 里, 面, 系, 制, 并 …) are left out so they cannot skew the count.
const PAIRS =
  "國国與与會会說说這这們们時时對对為为個个來来後后發发經经問问題题總总統统談谈戰战爭争議议協协" +
  "烏乌蘭兰羅罗實实現现點点長长開开關关還还進进過过動动學学當当於于從从邊边種种體体麼么樣样東东" +
  "華华傳传萬万無无書书業业區区醫医員员義义習习產产親亲愛爱聽听頭头門门馬马鳥鸟魚鱼龍龙車车買买" +
  "賣卖錢钱銀银鐵铁電电話话語语讀读認认識识讓让記记許许設设計计論论請请調调變变顯显難难雙双歲岁" +
  "歷历鄉乡郵邮陽阳陰阴際际陸陆隊队險险隨随雖虽雜杂離离靈灵響响項项順顺須须領领頻频顧顾風风飛飞" +
  "飯饭養养館馆麥麦黃黄齊齐紅红約约級级紀纪純纯紙纸細细終终組组結结給给絕绝綠绿網网緊紧線线練练" +
  "縣县績绩織织繼继續续維维綜综編编緩缓軍军轉转輕轻較较輪轮輸输辦办農农運运達达遠远選选遺遗適适" +
  "價价億亿優优倫伦偉伟側侧債债傷伤僅仅儀仪備备兒儿兩两內内則则創创剛刚劍剑務务勞劳勝胜勢势勵励" +
  "卻却壓压廠厂參参號号嗎吗團团圍围圖图圓圆場场堅坚報报塊块壞坏壯壮聲声處处復复夠够奪夺奮奋婦妇" +
  "媽妈孫孙寧宁寶宝審审寫写將将專专尋寻導导層层屬属島岛幣币帥帅師师帶带幫帮廣广庫库應应廢废張张" +
  "強强彈弹徑径憶忆態态懷怀戲戏擁拥據据擊击擔担擇择擴扩損损換换揮挥搶抢攝摄擬拟數数斷断晉晋曉晓" +
  "條条極极構构槍枪標标樓楼機机權权樂乐歐欧歸归殺杀氣气漢汉滅灭濟济灣湾災灾熱热營营爾尔牆墙獎奖" +
  "獨独獲获環环畫画異异療疗盡尽監监盤盘眾众礎础確确禮礼稅税穩稳窮穷競竞筆笔節节簡简糧粮緒绪罰罚" +
  "聯联聖圣職职脫脱腦脑舉举艦舰藝艺蘇苏術术衛卫衝冲裝装補补複复見见規规視视覺觉觀观訊讯訓训訪访" +
  "證证評评試试詳详誰谁課课諾诺謝谢護护讚赞貝贝負负財财貨货責责貿贸費费資资賓宾質质贏赢趕赶躍跃" +
  "軟软載载輯辑連连錄录鏡镜閉闭間间閱阅陣阵陳陈靜静韓韩頁页預预額额類类顏颜願愿驗验驚惊黨党齡龄" +
  "歡欢聞闻謀谋獻献澤泽薩萨瑪玛亞亚盧卢賴赖賽赛撥拨蓋盖魯鲁奧奥礦矿襲袭駐驻頓顿屆届敗败貢贡漸渐" +
  "嚴严厲厉紐纽簽签喬乔萊莱慮虑檢检幾几該该溫温濕湿蟲虫檔档廳厅藥药狀状況况沒没葉叶匯汇僕仆濤涛";

const TRADITIONAL = new Set<string>();
const SIMPLIFIED = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TRADITIONAL.add(PAIRS.charAt(i));
  SIMPLIFIED.add(PAIRS.charAt(i + 1));
}

const HAN = /\p{Script=Han}/u;
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
// A word, or a character that ends a run of English (a newline, a digit, a Han character …).
// Spaces and ordinary punctuation between words match neither and so continue the run. One pass,
// no backtracking, whatever the input.
const TOKEN = /([A-Za-z]+(?:['’][A-Za-z]+)*)|[^A-Za-z ,.;:!?"“”‘’()…\-–—/]/g;
// English prose = four or more Latin words in a row, within one line. Shorter runs are mostly
// names glossed in parentheses inside Chinese text, "(Donald Trump)", which need no English reader.
const MIN_RUN_WORDS = 4;

/** A language counts as present with this share of the text, or with enough text of its own. */
export const MIN_SHARE = 0.05;
export const MIN_CHARACTERS = 200;
// Long texts are judged on evenly spaced windows: shares come out the same, in bounded time.
const SAMPLE_WINDOWS = 16;
const WINDOW_CHARS = 16_384;

function sample(text: string): string {
  if (text.length <= SAMPLE_WINDOWS * WINDOW_CHARS) return text;
  const step = (text.length - WINDOW_CHARS) / (SAMPLE_WINDOWS - 1);
  return Array.from({ length: SAMPLE_WINDOWS }, (_, i) => text.slice(Math.round(i * step), Math.round(i * step) + WINDOW_CHARS)).join("\n");
}

/**
 * Returns the languages of `text`, largest share first. Shares compare Han characters with English
 * words: a Chinese article and its English translation come out roughly even, so the two units are
 * comparable, while comparing raw letters would make any English passage look four times larger.
 */
export function detectLanguages(fullText: string): TLanguageResult {
  const text = sample(fullText);
  let han = 0;
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (!HAN.test(char)) continue;
    han += 1;
    if (TRADITIONAL.has(char)) traditional += 1;
    else if (SIMPLIFIED.has(char)) simplified += 1;
  }
  const { words: proseWords, letters: proseLetters } = countEnglishProse(text);
  // With no distinctive character either way the script cannot be told; Simplified is the more common.
  const chinese: TLanguage = traditional > simplified ? "zh-Hant" : "zh-Hans";
  const total = han + proseWords;
  const found: { language: TLanguage; units: number }[] = [];
  if (han > 0 && (han / total >= MIN_SHARE || han >= MIN_CHARACTERS)) found.push({ language: chinese, units: han });
  if (proseWords > 0 && (proseWords / total >= MIN_SHARE || proseLetters >= MIN_CHARACTERS)) {
    found.push({ language: "en", units: proseWords });
  }
  if (found.length === 0) {
    // Short texts: take whichever script there is at all, counting every Latin word.
    const words = text.match(WORD)?.length ?? 0;
    if (han === 0 && words === 0) return { languages: [], primary: null };
    found.push(han >= words ? { language: chinese, units: han } : { language: "en", units: words });
  }
  found.sort((a, b) => b.units - a.units);
  const languages = found.map((entry) => entry.language);
  return { languages, primary: languages[0] ?? null };
}

/** Maps a declared tag (BCP 47 as written in manifests and front matter) onto the desk's languages. */
export function normalizeLanguageTag(tag: string): TLanguage | null {
  const t = tag.trim().toLowerCase().replace(/_/g, "-");
  if (/^zh-(hant|tw|hk|mo)\b/.test(t)) return "zh-Hant";
  if (/^zh-(hans|cn|sg|my)\b/.test(t)) return "zh-Hans";
  if (t === "en" || t.startsWith("en-")) return "en";
  return null;
}

/** Words and letters in runs of English prose. Addresses and @handles are not words of any language. */
function countEnglishProse(text: string): { words: number; letters: number } {
  const total = { words: 0, letters: 0 };
  let run = { words: 0, letters: 0 };
  const endRun = () => {
    if (run.words >= MIN_RUN_WORDS) {
      total.words += run.words;
      total.letters += run.letters;
    }
    run = { words: 0, letters: 0 };
  };
  // Whitespace becomes one space, or a newline where it holds one; addresses end a run like a newline.
  const chunks = text.split(/(\s+)/).map((chunk, i) => {
    if (i % 2 === 1) return chunk.includes("\n") ? "\n" : " ";
    return isAddress(chunk) ? "\n" : chunk;
  });
  for (const match of chunks.join("").matchAll(TOKEN)) {
    const word = match[1];
    if (word === undefined) {
      endRun();
      continue;
    }
    run.words += 1;
    run.letters += word.length - (word.match(/['’]/g)?.length ?? 0);
  }
  endRun();
  return total;
}

const isAddress = (chunk: string) =>
  chunk.includes("://") || chunk.includes("@") || chunk.startsWith("www.") || (chunk.includes(".") && chunk.includes("/"));
