import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createUser } from "@/lib/testing/workspace-fixtures";
import { aliasForms, findEntityMentions } from "@/lib/text/aliases";
import { normalizeText } from "@/lib/text/normalize";
import { loadAliasIndex } from "./alias-index";
import { listEntities } from "./list-entities";
import { createEntity, deleteEntity, updateEntity } from "./save-entity";
import { seedEntities } from "./seed-entities";

let editor: Actor;
let reviewer: Actor;
const DEMO = path.resolve(import.meta.dirname, "../../prisma/demo/entity-aliases.json");

beforeAll(async () => {
  editor = await createUser(db, "EDITOR", "Elena Editor");
  reviewer = await createUser(db, "REVIEWER", "Li Wei");
});

const expectError = async (work: Promise<unknown>, code: string) => {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
};

describe("the entity alias table", () => {
  it("seeds the demo names once; a second run adds nothing", async () => {
    const first = await seedEntities(db, DEMO);
    expect(first.entities).toBeGreaterThan(5);
    expect(await seedEntities(db, DEMO)).toEqual({ entities: 0, names: 0 });
    const index = await loadAliasIndex(db);
    expect(findEntityMentions(index, normalizeText("澤倫斯基與泽连斯基")).map((m) => m.key)).toEqual(["zelensky", "zelensky"]);
    expect(aliasForms(index, "NATO")).toContain("北约");
  });

  it("lets editors add, change and delete entities, and the matcher sees each change", async () => {
    const created = await createEntity({ db, actor: editor, input: { key: "Reykjavik", kind: "PLACE", names: [{ text: "雷克雅維克", lang: "zh-Hant" }, { text: "Reykjavik", lang: "en" }] } });
    expect(created.key).toBe("reykjavik");
    expect(findEntityMentions(await loadAliasIndex(db), normalizeText("在雷克雅未克會談")).map((m) => m.key)).toEqual([]);
    await updateEntity({ db, actor: editor, input: { entityId: created.id, body: { names: [...created.names, { text: "雷克雅未克", lang: "zh-Hans" }] } } });
    expect(findEntityMentions(await loadAliasIndex(db), normalizeText("在雷克雅未克會談")).map((m) => m.key)).toEqual(["reykjavik"]);
    expect((await listEntities({ db, actor: reviewer })).find((e) => e.key === "reykjavik")?.names).toHaveLength(3);
    await deleteEntity({ db, actor: editor, input: { entityId: created.id } });
    expect(findEntityMentions(await loadAliasIndex(db), normalizeText("在雷克雅未克會談"))).toEqual([]);
  });

  it("refuses a spelling that already belongs to another entity, in either script, and writes nothing", async () => {
    const before = await db.entity.count();
    const error = await expectError(createEntity({ db, actor: editor, input: { key: "nato-2", kind: "ORG", names: [{ text: "OTAN", lang: "en" }, { text: "北約", lang: "zh-Hant" }] } }), "CONFLICT");
    expect(error.message).toMatch(/北约|北約/);
    expect(error.details?.fields).toEqual([{ path: "names.1.text", message: expect.stringMatching(/belongs to nato/) }]);
    expect(await db.entity.count()).toBe(before);
    const keyError = await expectError(createEntity({ db, actor: editor, input: { key: "nato", kind: "ORG", names: [{ text: "Otan", lang: "en" }] } }), "CONFLICT");
    expect(keyError.details?.fields).toEqual([{ path: "key", message: expect.stringMatching(/already exists/) }]);
  });

  it("lets only one of two editors saving the same spelling at once through; the other gets a 409", async () => {
    const save = (key: string) => createEntity({ db, actor: editor, input: { key, kind: "PLACE", names: [{ text: "哈利法克斯", lang: "zh-Hant" }] } });
    for (let round = 0; round < 5; round++) {
      const results = await Promise.allSettled([save(`halifax-${round}-a`), save(`halifax-${round}-b`)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected")!.reason as unknown;
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).code).toBe("CONFLICT");
      const winner = results.find((r) => r.status === "fulfilled")!.value;
      await deleteEntity({ db, actor: editor, input: { entityId: winner.id } });
    }
  });

  it("explains bad input and refuses reviewers", async () => {
    const error = await expectError(createEntity({ db, actor: editor, input: { key: "Has Spaces", kind: "THING", names: [] } }), "BAD_REQUEST");
    expect(JSON.stringify(error.details)).toMatch(/lowercase letters|PERSON, PLACE|at least one name/);
    await expectError(createEntity({ db, actor: reviewer, input: { key: "x", kind: "ORG", names: [{ text: "X", lang: "en" }] } }), "FORBIDDEN");
    await expectError(updateEntity({ db, actor: editor, input: { entityId: "nope", body: { names: [{ text: "Y", lang: "en" }] } } }), "NOT_FOUND");
  });
});
