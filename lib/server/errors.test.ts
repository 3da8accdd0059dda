import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isDatabaseBusy, isDatabaseUnreachable, toHttp } from "./errors";

const known = (code: string, message: string, cause?: string) =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "7.10.1", meta: cause ? { driverAdapterError: { cause: { kind: cause } } } : {} });

// Captured from Prisma 7 + @prisma/adapter-pg while PostgreSQL 17 was stopped (fast shutdown) and
// started under load: in flight, while shutting down, while down, and while starting up.
const OUTAGE = [
  known("P2010", "Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`", "postgres"),
  known("P2039", "Database error. Code: `57P03`. Message: `the database system is shutting down`", "postgres"),
  known("P1017", "Server has closed the connection.", "ConnectionClosed"),
  known("P2010", "Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`", "ConnectionClosed"),
  known("P1001", "Can't reach database server at 127.0.0.1:55120", "DatabaseNotReachable"),
  known("P2010", "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:55120`", "DatabaseNotReachable"),
  known("P2039", "Database error. Code: `57P03`. Message: `the database system is starting up`", "postgres"),
  // Prisma's unknown-request error for a pooled pg client whose socket died (seen as a 500 before).
  new Prisma.PrismaClientUnknownRequestError("Client has encountered a connection error and is not queryable", { clientVersion: "7.10.1" }),
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:55120"), { code: "ECONNREFUSED" }),
  new Error("Connection terminated unexpectedly"),
];

describe("recognising a database outage", () => {
  it.each(OUTAGE.map((error) => [error.message, error]))("answers 503 with the clear message for %s", (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
    const { status, body } = toHttp(error);
    expect(status).toBe(503);
    expect(body.error).toEqual({ code: "UNAVAILABLE", message: "The database is unreachable. Please try again in a moment." });
  });

  it("finds the socket error in a cause chain", () => {
    expect(isDatabaseUnreachable(new Error("query failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) }))).toBe(true);
  });

  it("tells a saturated pool (busy, nothing written) from an outage", () => {
    const startTimeout = known("P2028", "Transaction API error: Unable to start a transaction in the given time.");
    for (const error of [startTimeout, new Error("timeout exceeded when trying to connect")]) {
      expect(isDatabaseUnreachable(error)).toBe(false);
      expect(isDatabaseBusy(error)).toBe(true);
      expect(toHttp(error)).toMatchObject({ status: 503, body: { error: { code: "UNAVAILABLE", message: expect.stringMatching(/too busy.*try again/) } } });
    }
  });

  it("leaves other errors alone: a unique violation or a bug is not an outage", () => {
    for (const error of [known("P2002", "Unique constraint failed on the fields: (`claimId`,`reviewerId`)"), new TypeError("x is undefined"), null, "text"]) {
      expect(isDatabaseUnreachable(error)).toBe(false);
      expect(isDatabaseBusy(error)).toBe(false);
    }
    expect(toHttp(new AppError("CONFLICT", "Stale.")).status).toBe(409);
  });
});

describe("headers an error calls for", () => {
  it("closes the connection after a 413, whose unread body makes it unusable, and paces a 429", () => {
    expect(toHttp(new AppError("PAYLOAD_TOO_LARGE", "Too big.")).headers).toEqual({ connection: "close" });
    expect(toHttp(new AppError("RATE_LIMITED", "Slow down.", { retryAfterSeconds: 30 })).headers).toEqual({ "retry-after": "30" });
    expect(toHttp(new AppError("CONFLICT", "Stale.")).headers).toEqual({});
  });
});
