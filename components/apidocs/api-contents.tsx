import { getTranslations } from "next-intl/server";
import type { TTagView } from "@/lib/api/describe-document";

export const tagAnchor = (name: string) => `tag-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** The reference's table of contents: tags, and each operation as method + path. */
export async function ApiContents({ tags }: { tags: TTagView[] }) {
  const t = await getTranslations("apidocs");
  return (
    <nav aria-labelledby="api-contents" className="text-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
      <h2 id="api-contents" className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("contents")}</h2>
      <ul className="space-y-3">
        {tags.map((tag) => (
          <li key={tag.name}>
            <a href={`#${tagAnchor(tag.name)}`} className="font-medium text-slate-800 hover:text-brand-700">{tag.name}</a>
            <ul className="mt-1 space-y-0.5 border-l border-slate-200 pl-3">
              {tag.operations.map((op) => (
                <li key={op.anchor}>
                  <a href={`#${op.anchor}`} className="block truncate font-mono text-xs text-slate-600 hover:text-brand-700" title={`${op.method} ${op.path}`}>
                    <span className="inline-block w-12 font-semibold">{op.method}</span>
                    {op.path.replace(/^\/api(\/v1)?/, "")}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
        <li>
          <a href="#schemas" className="font-medium text-slate-800 hover:text-brand-700">{t("schemasHeading")}</a>
        </li>
      </ul>
    </nav>
  );
}
