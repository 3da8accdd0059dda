"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TApiTokenDto, TCreatedTokenDto } from "@/lib/tokens/dto";
import { CreateTokenForm } from "./create-token-form";
import { NewTokenNotice } from "./new-token-notice";
import { TokenList } from "./token-list";

/**
 * The list comes from the server (re-read after each change); only the freshly created token lives
 * here, in memory, so it disappears for good once dismissed or the page is left.
 */
export function TokenManager({ tokens }: { tokens: TApiTokenDto[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<TCreatedTokenDto | null>(null);
  // Once the notice is dismissed its button is gone: put keyboard focus back on the form, not <body>.
  const [returning, setReturning] = useState(false);

  return (
    <div className="max-w-3xl space-y-6">
      {created ? (
        <NewTokenNotice
          created={created}
          onDone={() => {
            setCreated(null);
            setReturning(true);
          }}
        />
      ) : (
        <CreateTokenForm
          autoFocus={returning}
          onCreated={(token) => {
            setCreated(token);
            router.refresh();
          }}
        />
      )}
      <TokenList tokens={tokens} onRevoked={() => router.refresh()} />
    </div>
  );
}
