import http from "node:http";
import { BASE_URL, type TCredentials } from "./http";

/**
 * Sends a chunked body (no Content-Length) that would never end, and reports the server's answer
 * and how many bytes had gone out by then: a server that buffers whole bodies would read on until
 * `giveUpAfter` instead of answering once its limit is passed.
 */
export function endlessUpload(credentials: TCredentials, url: string, { contentType = "application/json", giveUpAfter = 64 * 1024 * 1024 } = {}): Promise<{ status: number; written: number; body: string }> {
  const chunk = Buffer.alloc(64 * 1024, " ");
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const request = http.request(BASE_URL + url, { method: "POST", headers: { ...credentials, "content-type": contentType, "transfer-encoding": "chunked" } }, (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (part: string) => (body += part));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, written, body });
      });
    });
    // The server may close the connection once it has answered: that is the point, not a failure.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    request.write("[");
    const pump = () => {
      while (!answered && written < giveUpAfter) {
        written += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end("]");
    };
    pump();
  });
}
