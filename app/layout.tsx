import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { ApiClientTexts } from "@/components/lib/api-client-texts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next stamps the request's CSP nonce (set in proxy.ts) on its
  // scripts only while rendering, so a page prerendered at build time would have its scripts blocked.
  // The app renders no inline <script> of its own; one added later must carry the nonce, read with
  // `(await headers()).get("x-nonce")`.
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
          <ApiClientTexts />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
