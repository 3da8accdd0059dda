"use client";

import { useTranslations } from "next-intl";
import type { TEntityDto } from "@/lib/entities/dto";
import { ALIAS_LANGS } from "@/lib/entities/schemas";

/** An entity's spellings grouped by language: 繁 · 简 · EN, each group on its own line. */
export function EntityNames({ names }: { names: TEntityDto["names"] }) {
  const t = useTranslations("languages");
  return (
    <dl className="space-y-1">
      {ALIAS_LANGS.map((lang) => {
        const spellings = names.filter((n) => n.lang === lang);
        if (spellings.length === 0) return null;
        return (
          <div key={lang} className="flex items-baseline gap-2" data-testid={`entity-names-${lang}`}>
            <dt title={t(lang)} className="w-7 shrink-0 rounded bg-slate-100 text-center text-xs font-medium text-slate-600">
              <abbr title={t(lang)} className="no-underline">{t(`short.${lang}`)}</abbr>
            </dt>
            <dd lang={lang} className="text-slate-900">
              {spellings.map((n, i) => (
                <span key={n.text}>{i > 0 && <span className="text-slate-400"> · </span>}<bdi>{n.text}</bdi></span>
              ))}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
