// Plain HTTP against the built app with exactly the credentials given (a session cookie, a bearer
// token or nothing), never following redirects, so a test sees what the server itself answered.

export const BASE_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;

export type TCredentials = { cookie?: string; authorization?: string };
export type TReply = { status: number; location: string | null; contentType: string; text: string; json: () => any };
export type TSend = { json?: unknown; form?: FormData; raw?: BodyInit; headers?: Record<string, string> };

export async function send(credentials: TCredentials, method: string, url: string, { json, form, raw, headers = {} }: TSend = {}): Promise<TReply> {
  const body = json !== undefined ? JSON.stringify(json) : (form ?? raw);
  const response = await fetch(BASE_URL + url, <RequestInit>{
    method,
    redirect: "manual",
    headers: { ...credentials, ...(json !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    // A stream goes out chunked, without Content-Length.
    ...(body === undefined ? {} : { body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) }),
    signal: AbortSignal.timeout(25_000),
  });
  const contentType = response.headers.get("content-type") ?? "";
  // A live event stream never ends: its status and type are the answer.
  const text = contentType.startsWith("text/event-stream") ? (await response.body?.cancel(), "") : await response.text();
  return {
    status: response.status,
    location: response.headers.get("location"),
    contentType,
    text,
    json: () => JSON.parse(text),
  };
}
