import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createUser } from "@/lib/testing/workspace-fixtures";
import { getUserLocale } from "./get-locale";
import { setLocale } from "./set-locale";

let reviewer: Actor, other: Actor;

beforeAll(async () => {
  reviewer = await createUser(db, "REVIEWER", "Chen Jing");
  other = await createUser(db, "REVIEWER", "Ann Other");
});

describe("a member's UI language", () => {
  it("is null until chosen, then kept on the account with an audit row, touching no one else", async () => {
    expect(await getUserLocale({ db, actor: reviewer })).toBeNull();
    expect(await setLocale({ db, actor: reviewer, input: { locale: "zh-Hant" } })).toEqual({ locale: "zh-Hant" });
    expect(await getUserLocale({ db, actor: reviewer })).toBe("zh-Hant");
    expect(await getUserLocale({ db, actor: other })).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entityId: reviewer.id, action: "user.locale" }, select: { actorId: true, data: true } });
    expect(audit).toEqual([{ actorId: reviewer.id, data: { locale: "zh-Hant" } }]);
  });

  it("refuses a language we have no catalogue for as a field error, and keeps the old choice", async () => {
    for (const input of [{ locale: "fr" }, { locale: "zh-hant" }, { locale: "zh-TW" }, {}, null]) {
      const error = await setLocale({ db, actor: reviewer, input }).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("BAD_REQUEST");
    }
    const error = (await setLocale({ db, actor: reviewer, input: { locale: "fr" } }).catch((e: unknown) => e)) as AppError;
    expect(error.details).toEqual({ fields: [{ path: "locale", message: "Choose one of: en, zh-Hans, zh-Hant" }] });
    expect(await getUserLocale({ db, actor: reviewer })).toBe("zh-Hant");
  });

  it("reads a stored value that is no longer offered as no choice", async () => {
    await db.user.update({ where: { id: other.id }, data: { locale: "fr" } });
    expect(await getUserLocale({ db, actor: other })).toBeNull();
  });
});
