import Markdown, { type Components } from "react-markdown";
import { remarkHtmlAsText } from "@/lib/comments/html-as-text";
import { safeLinkHref } from "@/lib/comments/safe-link";

// Raw HTML in the source is shown as literal text, never parsed; images are replaced by their alt
// text so a comment cannot make every reader's browser fetch a tracking pixel.
const components: Components = {
  img: ({ alt }) => <span className="text-slate-700">{alt}</span>,
  a: ({ href, children }) => {
    const safe = href ? safeLinkHref(href) : null;
    if (!safe) return <span className="text-slate-700">{children}</span>;
    return (
      <a href={safe} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 underline hover:text-brand-600">
        {children}
      </a>
    );
  },
  p: ({ children }) => <p className="my-1.5 first:mt-0 last:mb-0">{children}</p>,
  ul: ({ children }) => <ul className="my-1.5 list-disc pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="my-1.5 list-decimal pl-5">{children}</ol>,
  blockquote: ({ children }) => <blockquote className="my-1.5 border-l-2 border-slate-300 pl-3 text-slate-600">{children}</blockquote>,
  code: ({ children }) => <code className="rounded bg-slate-100 px-1 font-mono text-[0.85em]">{children}</code>,
  pre: ({ children }) => <pre className="my-1.5 overflow-x-auto rounded bg-slate-100 p-2 text-xs">{children}</pre>,
  h1: ({ children }) => <p className="my-1.5 font-semibold">{children}</p>,
  h2: ({ children }) => <p className="my-1.5 font-semibold">{children}</p>,
  h3: ({ children }) => <p className="my-1.5 font-semibold">{children}</p>,
};

const REMARK_PLUGINS = [remarkHtmlAsText];

/** Comment Markdown, rendered without ever interpreting HTML; links only to http(s) and mailto. */
export function SafeMarkdown({ source }: { source: string }) {
  return (
    <div className="text-sm leading-relaxed break-words text-slate-800" data-testid="comment-body">
      <Markdown remarkPlugins={REMARK_PLUGINS} skipHtml urlTransform={(url) => safeLinkHref(url) ?? ""} components={components}>
        {source}
      </Markdown>
    </div>
  );
}
