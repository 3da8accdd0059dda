import { NextResponse, type NextRequest } from "next/server";
import { AppError, toHttp } from "@/lib/server/errors";
import { db } from "@/lib/server/db";
import { acceptInvitation } from "@/lib/users/accept-invitation";

// Public (no session yet): the 256-bit token in the path is the credential. `{ name, password }` →
// 201 `{ email }`, else the API's error body with field errors.
export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    const text = await request.text();
    if (text.length > 16_384) throw new AppError("PAYLOAD_TOO_LARGE", "The request body is too large.");
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
    }
    const { email } = await acceptInvitation({ db, input: { ...(body && typeof body === "object" ? body : {}), token } });
    return NextResponse.json({ email }, { status: 201 });
  } catch (error) {
    const { status, body, headers } = toHttp(error);
    return NextResponse.json(body, { status, headers });
  }
}
