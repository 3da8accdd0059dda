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
});
