import { useTranslations } from "next-intl";

const Key = ({ children }: { children: React.ReactNode }) => (
  <kbd className="rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-[0.7rem] text-slate-700 shadow-[0_1px_0_var(--color-slate-300)]">{children}</kbd>
);

/** The review shortcuts, always visible: people learn them by seeing them next to the work. */
export function ShortcutLegend() {
  const t = useTranslations("claim.shortcuts");
  const rows: [React.ReactNode, string][] = [
    [<><Key>1</Key> <Key>2</Key> <Key>3</Key></>, t("label")],
    [<Key key="e">e</Key>, t("evidence")],
    [<><Key>Ctrl</Key>+<Key>Enter</Key></>, t("save")],
    [<Key key="j">j</Key>, t("next")],
    [<Key key="k">k</Key>, t("previous")],
  ];
  return (
    <section aria-labelledby="shortcuts-title" className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="shortcut-legend">
      <h2 id="shortcuts-title" className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("heading")}</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5">
        {rows.map(([keys, label]) => (
          <div key={label} className="contents">
            <dt className="whitespace-nowrap">{keys}</dt>
            <dd className="text-slate-700">{label}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-500">{t("note")}</p>
    </section>
  );
}
