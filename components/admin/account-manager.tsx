"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TAccountDto, TInvitationDto } from "@/lib/users/dto";
import { InvitationNotice } from "./invitation-notice";
import { InvitationTable } from "./invitation-table";
import { InviteForm, type TCreatedInvitation } from "./invite-form";
import { UserTable } from "./user-table";

/** Lists come from the server (re-read after each change); only a fresh invitation link lives here, in memory. */
export function AccountManager({ users, invitations, actorId }: { users: TAccountDto[]; invitations: TInvitationDto[]; actorId: string }) {
  const router = useRouter();
  const [created, setCreated] = useState<TCreatedInvitation | null>(null);
  const refresh = () => router.refresh();
  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        {created ? (
          <InvitationNotice invitation={created} onDone={() => setCreated(null)} />
        ) : (
          <InviteForm
            onCreated={(invitation) => {
              setCreated(invitation);
              refresh();
            }}
          />
        )}
      </div>
      <UserTable users={users} actorId={actorId} onChanged={refresh} />
      <InvitationTable invitations={invitations} onChanged={refresh} />
    </div>
  );
}
