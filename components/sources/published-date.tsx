import { getFormatter, getTranslations } from "next-intl/server";

export async function PublishedDate({ at, hasTime }: { at: Date | null; hasTime: boolean }) {
  if (!at) return <span className="text-slate-400">{(await getTranslations("home"))("undated")}</span>;
  const format = await getFormatter();
  const text = format.dateTime(at, hasTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" });
  return <time dateTime={at.toISOString()}>{text}</time>;
}
