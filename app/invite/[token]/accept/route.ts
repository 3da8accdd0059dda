import { NextResponse, type NextRequest } from "next/server";
import { toHttp } from "@/lib/server/errors";
import { readJsonBody } from "@/lib/server/read-json";
import { db } from "@/lib/server/db";
import { acceptInvitation } from "@/lib/users/accept-invitation";

// Public (no session yet): the 256-bit token in the path is the credential. `{ name, password }` →
// 201 `{ email }`, else the API's error body with field errors.
export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    const body = await readJsonBody(request, 16 * 1024);
    const { email } = await acceptInvitation({ db, input: { ...(body && typeof body === "object" ? body : {}), token } });
    return NextResponse.json({ email }, { status: 201 });
  } catch (error) {
    const { status, body, headers } = toHttp(error);
    return NextResponse.json(body, { status, headers });
  }
}
