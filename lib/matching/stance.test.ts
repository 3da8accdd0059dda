import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/text/normalize";
import { guessStance } from "./stance";

const stance = (claim: string, passage: string, numbersConflict = false) => guessStance(normalizeText(claim), normalizeText(passage), numbersConflict);

describe("stance cues", () => {
  it("reads two negative statements as agreeing, whatever their words", () => {
    expect(stance("乌克兰期望回到2014年的边界是不现实的", "烏克蘭的邊界不太可能回復到2014年以前").stance).toBe("SUPPORTS");
    expect(stance("烏克蘭不太可能加入北約", "烏克蘭加入北約的可能性極低").stance).toBe("SUPPORTS");
    expect(stance("Ukraine would not accept a deal without it", "不可能在烏克蘭未參與的情況下談判").stance).toBe("SUPPORTS");
  });

  it("reads a negated statement against a plain one as refuting, and says which cue decided", () => {
    const guess = stance("乌克兰将参与和平谈判", "烏克蘭未受邀參加此次會談");
    expect(guess).toEqual({ stance: "REFUTES", cues: ["未"] });
    expect(stance("Ukraine can join NATO", "Ukraine is unlikely to join NATO").stance).toBe("REFUTES");
  });

  it("does not take words that only contain a negating character for negations", () => {
    expect(stance("会谈不断推进", "会谈持续推进").stance).toBe("SUPPORTS");
    expect(stance("未来将举行选举", "将举行选举").stance).toBe("SUPPORTS");
    expect(stance("这非常重要", "这很重要").stance).toBe("SUPPORTS");
  });

  it("refutes on refutation words and on conflicting figures", () => {
    expect(stance("克宫说通话持续90分钟", "克宫否认了这一说法").stance).toBe("REFUTES");
    expect(stance("talks lasted 4.5 hours", "the four-hour meeting", true)).toEqual({ stance: "REFUTES", cues: ["numbers differ"] });
  });

  it("reads a negated negation as an affirmation", () => {
    expect(stance("烏克蘭不太可能加入北約", "美国并未排除乌克兰加入北约的可能性").stance).toBe("REFUTES");
    expect(stance("Ukraine will not join NATO", "officials did not rule out Ukraine joining NATO").stance).toBe("REFUTES");
  });

  it("reads 'unless X, otherwise not Y' as X being required, not as a negative", () => {
    expect(stance("称除非他们参与谈判，否则任何协议都不可能实施", "他們必須參與所有談判").stance).toBe("SUPPORTS");
    expect(stance("Unless Europe takes part, no deal can work", "Europe must take part in the talks").stance).toBe("SUPPORTS");
  });

  it("counts a lack as a negation", () => {
    expect(stance("他拒絕簽署文件", "该协议缺乏安全保障").stance).toBe("SUPPORTS");
  });
});
