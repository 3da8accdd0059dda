import { describe, expect, it } from "vitest";
import type { TVerdictDto } from "./dto";
import { formFromVerdict, isAlreadyCited, isDirty, serverFieldErrors, toSavePayload, validateVerdictForm, type TFormEvidence, type TVerdictForm } from "./verdict-form-model";

const passage = (over: Partial<TFormEvidence> = {}): TFormEvidence => ({
  key: "k1", sourceId: "s2", sourceTitle: "Wire", start: 10, end: 20, exact: "four hours", prefix: "lasted ", suffix: ".", stance: "SUPPORTS", note: "", ...over,
});

describe("validateVerdictForm", () => {
  it("needs a label", () => {
    expect(validateVerdictForm({ label: null, rationale: "", evidence: [] })).toEqual({ label: "labelMissing" });
  });

  it("needs a rationale for contested and contradicted but not corroborated", () => {
    expect(validateVerdictForm({ label: "CONTESTED", rationale: "  ", evidence: [] })).toEqual({ rationale: "rationaleMissing" });
    expect(validateVerdictForm({ label: "CONTRADICTED", rationale: "", evidence: [] })).toEqual({ rationale: "rationaleMissing" });
    expect(validateVerdictForm({ label: "CORROBORATED", rationale: "", evidence: [] })).toEqual({});
  });

  it("flags passages that lost their anchor, by position in the list", () => {
    const form: TVerdictForm = { label: "CORROBORATED", rationale: "", evidence: [passage(), passage({ key: "k2", start: null, end: null })] };
    expect(validateVerdictForm(form)).toEqual({ "evidence.1": "evidenceOrphaned" });
  });
});

describe("toSavePayload", () => {
  it("sends trimmed text, omits empty notes and carries the base version", () => {
    const form: TVerdictForm = { label: "CONTESTED", rationale: "  Mixed.\n", evidence: [passage({ note: "  " }), passage({ key: "k2", stance: "REFUTES", note: " two hours " })] };
    expect(toSavePayload(form, 3)).toEqual({
      label: "CONTESTED",
      rationale: "Mixed.",
      evidence: [
        { sourceId: "s2", start: 10, end: 20, exact: "four hours", prefix: "lasted ", suffix: ".", stance: "SUPPORTS" },
        { sourceId: "s2", start: 10, end: 20, exact: "four hours", prefix: "lasted ", suffix: ".", stance: "REFUTES", note: "two hours" },
      ],
      baseVersion: 3,
    });
  });
});

describe("serverFieldErrors", () => {
  it("groups evidence paths by passage and keeps the first message per field", () => {
    expect(
      serverFieldErrors([
        { path: "rationale", message: "Explain why" },
        { path: "evidence.2.sourceId", message: "Not this source" },
        { path: "evidence.2", message: "Second message" },
        { path: "evidence.0", message: "Mismatch" },
        { path: "", message: "Something else" },
      ]),
    ).toEqual({ rationale: "Explain why", "evidence.2": "Not this source", "evidence.0": "Mismatch", form: "Something else" });
  });
});

describe("formFromVerdict and isDirty", () => {
  const dto: TVerdictDto = {
    id: "v1", claimId: "c1", reviewer: { id: "u1", name: "Li" }, label: "CONTRADICTED", rationale: "Wrong.", version: 4, createdAt: "", updatedAt: "",
    evidence: [{ id: "e1", sourceId: "s2", sourceTitle: "Wire", stance: "REFUTES", exact: "two", prefix: "", suffix: "", start: 1, end: 4, note: "n" }],
  };

  it("loads a saved verdict and starts empty without one", () => {
    expect(formFromVerdict(dto).evidence[0]).toEqual({ key: "e1", sourceId: "s2", sourceTitle: "Wire", stance: "REFUTES", exact: "two", prefix: "", suffix: "", start: 1, end: 4, note: "n" });
    expect(formFromVerdict(null)).toEqual({ label: null, rationale: "", evidence: [] });
  });

  it("notices a changed stance but not trailing whitespace", () => {
    const saved = formFromVerdict(dto);
    expect(isDirty({ ...saved, rationale: "Wrong.  " }, saved)).toBe(false);
    expect(isDirty({ ...saved, evidence: [{ ...saved.evidence[0]!, stance: "SUPPORTS" }] }, saved)).toBe(true);
  });

  it("detects a passage cited twice", () => {
    expect(isAlreadyCited([passage()], { sourceId: "s2", start: 10, end: 20 })).toBe(true);
    expect(isAlreadyCited([passage()], { sourceId: "s3", start: 10, end: 20 })).toBe(false);
  });
});
