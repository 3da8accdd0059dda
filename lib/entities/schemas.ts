import { z } from "zod";

export const ENTITY_KINDS = ["PERSON", "PLACE", "ORG", "TERM"] as const;
export const ALIAS_LANGS = ["en", "zh-Hans", "zh-Hant"] as const;
const MAX_NAMES = 40;

const ZAliasName = z.object({
  text: z.string({ error: "Each name needs its text" }).trim().min(1, "A name cannot be empty").max(100, "Keep each name under 100 characters")
    .describe("One spelling of the entity, as it appears in sources"),
  lang: z.enum(ALIAS_LANGS, { error: "A name's language is en, zh-Hans or zh-Hant" }).describe("Script or language of this spelling"),
});

const ZNames = z.array(ZAliasName, { error: "Give the entity's names as a list" })
  .min(1, "Give the entity at least one name")
  .max(MAX_NAMES, `An entity can have at most ${MAX_NAMES} names`)
  .describe("Every spelling: Traditional and Simplified Chinese transliterations, English forms");

export const ZEntityBody = z.object({
  key: z.string({ error: "Give the entity a key, e.g. zelensky" }).trim().toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "A key is lowercase letters, digits and hyphens, e.g. volodymyr-zelensky")
    .describe("Stable identifier, lowercase with hyphens"),
  kind: z.enum(ENTITY_KINDS, { error: "Kind is PERSON, PLACE, ORG or TERM" }).describe("What the entity is"),
  names: ZNames,
});
export type TEntityBody = z.infer<typeof ZEntityBody>;

export const ZEntityUpdate = ZEntityBody.partial({ key: true, kind: true });
export type TEntityUpdate = z.infer<typeof ZEntityUpdate>;
