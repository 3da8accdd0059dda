import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { ImportRefusedError } from "./decode-source";
import { fileNameIn, readUploadedFile } from "./read-upload";

const upload = (...files: { name: string; text: string }[]) => {
  const form = new FormData();
  for (const file of files) form.append("file", new File([file.text], file.name, { type: "text/plain" }));
  return new Request("http://desk.test/upload", { method: "POST", body: form });
};

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("readUploadedFile", () => {
  it("returns the one file's name and exact bytes", async () => {
    const file = await readUploadedFile(upload({ name: "談判.md", text: "# 美俄會談\n\nText." }));
    expect(file.fileName).toBe("談判.md");
    expect(new TextDecoder().decode(file.bytes)).toBe("# 美俄會談\n\nText.");
  });

  it("drops folders a client sent with the name", async () => {
    expect((await readUploadedFile(upload({ name: "C:\\Users\\ann\\notes.txt", text: "x" }))).fileName).toBe("notes.txt");
  });

  it("refuses a body over the limit as 413 naming the file, without reading all of it", async () => {
    const error = await refusal(readUploadedFile(upload({ name: "big report.txt", text: "a".repeat(5_000) }), 2_000));
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect(error.status).toBe(413);
    expect(error.message).toBe("big report.txt: the file is too large (over 5 MB; the limit is 5 MB)");
  });

  it("refuses a declared Content-Length over the limit before reading the file", async () => {
    const form = new FormData();
    form.append("file", new File(["a".repeat(3_000)], "declared.txt"));
    const source = new Request("http://desk.test/", { method: "POST", body: form });
    const request = new Request("http://desk.test/", {
      method: "POST",
      body: await source.arrayBuffer(),
      headers: { "content-type": source.headers.get("content-type")!, "content-length": "9999999" },
    });
    const error = await refusal(readUploadedFile(request, 2_000));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/^declared\.txt: /);
  });

  it("asks for multipart/form-data, and for exactly one file", async () => {
    const json = new Request("http://desk.test/", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect((await refusal(readUploadedFile(json))).message).toContain("multipart/form-data");
    const none = new FormData();
    none.append("title", "no file here");
    const empty = await refusal(readUploadedFile(new Request("http://desk.test/", { method: "POST", body: none })));
    expect(empty.status).toBe(400);
    expect(empty.details).toEqual({ fields: [{ path: "file", message: "No file was sent" }] });
    const two = await refusal(readUploadedFile(upload({ name: "a.txt", text: "a" }, { name: "b.txt", text: "b" })));
    expect(two.message).toContain("exactly one file");
  });
});

describe("fileNameIn", () => {
  it("reads the quoted file name of the first part, unescaping quotes", () => {
    const head = '--b\r\nContent-Disposition: form-data; name="file"; filename="say %22hi%22.txt"\r\nContent-Type: text/plain\r\n\r\n';
    expect(fileNameIn(new TextEncoder().encode(head))).toBe('say "hi".txt');
    expect(fileNameIn(new TextEncoder().encode("--b\r\n\r\n"))).toBeNull();
  });
});
