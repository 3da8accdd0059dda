import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/apidocs/api-reference";
import { PageShell } from "@/components/layout/page-shell";
import { describeDocument } from "@/lib/api/describe-document";
import { openApiDocument } from "@/lib/api/openapi";
import { getActor } from "@/lib/server/auth";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("apidocs"))("title") };
}

/** Public, like /api/openapi.json: rendered on the server from the document, no script from elsewhere. */
export default async function ApiDocsPage() {
  const actor = await getActor();
  const content = <ApiReference view={describeDocument(openApiDocument())} />;
  return actor ? <PageShell actor={actor} wide>{content}</PageShell> : <main id="main" className="mx-auto max-w-[96rem] px-4 py-8">{content}</main>;
}
