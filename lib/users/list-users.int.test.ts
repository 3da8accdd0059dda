import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createUser } from "@/lib/testing/workspace-fixtures";
import { listAssignableUsers } from "./list-users";

let editor: Actor;
let admin: Actor;
let reviewer: Actor;

beforeAll(async () => {
  reviewer = await createUser(db, "REVIEWER", "Zoe Reviewer");
  editor = await createUser(db, "EDITOR", "Bea Editor");
  admin = await createUser(db, "ADMIN", "Ada Admin");
  await createUser(db, "REVIEWER", "Carl Deactivated", false);
});

describe("listAssignableUsers", () => {
  it("lists active members by name with id and role only (no email, no hash)", async () => {
    const users = await listAssignableUsers({ db, actor: editor });
    expect(users).toEqual([
      { id: admin.id, name: "Ada Admin", role: "ADMIN" },
      { id: editor.id, name: "Bea Editor", role: "EDITOR" },
      { id: reviewer.id, name: "Zoe Reviewer", role: "REVIEWER" },
    ]);
    expect(await listAssignableUsers({ db, actor: admin })).toHaveLength(3);
  });

  it("is for editors and admins only", async () => {
    const error = await listAssignableUsers({ db, actor: reviewer }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(403);
  });
});
