import { getTranslations } from "next-intl/server";

export async function LanguageBadges({ languages }: { languages: string[] }) {
  const t = await getTranslations("languages");
  return (
    <span className="inline-flex flex-wrap gap-1">
      {languages.map((lang) => (
        <abbr
          key={lang}
          title={t.has(lang) ? t(lang) : lang}
          lang={lang}
          className="rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs font-medium text-slate-700 no-underline"
          data-testid="language-badge"
        >
          {t.has(`short.${lang}`) ? t(`short.${lang}`) : lang}
        </abbr>
      ))}
    </span>
  );
}
