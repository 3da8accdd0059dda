import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, generateNonce, isHttpsRequest, securityHeaders, staticSecurityHeaders } from "./headers";
import { sessionCookie, usesSecureCookies } from "./session-cookie";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => { const [name, ...values] = d.split(" "); return [name, values]; }));

describe("contentSecurityPolicy", () => {
  const prod = directives(contentSecurityPolicy({ nonce: "abc123==", dev: false, https: false }));

  it("allows scripts only by this request's nonce and what they load, never inline or eval", () => {
    expect(prod.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(prod.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("locks down plugins, base, forms, framing and connections", () => {
    expect(prod.get("object-src")).toEqual(["'none'"]);
    expect(prod.get("base-uri")).toEqual(["'self'"]);
    expect(prod.get("form-action")).toEqual(["'self'"]);
    expect(prod.get("frame-ancestors")).toEqual(["'none'"]);
    expect(prod.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(prod.get("connect-src")).toEqual(["'self'"]);
    expect(prod.get("default-src")).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' only in development and upgrade-insecure-requests only over HTTPS", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", dev: true, https: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(prod.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("generateNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 200 }, generateNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("securityHeaders", () => {
  it("sends the fixed headers on every response", () => {
    expect(staticSecurityHeaders()).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(staticSecurityHeaders()["Permissions-Policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ nonce: "n", dev: false, https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce: "n", dev: false, https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{7,}/);
  });

  it("tells HTTPS from the URL or a forwarding proxy's first hop", () => {
    expect(isHttpsRequest("https:", null)).toBe(true);
    expect(isHttpsRequest("http:", "https")).toBe(true);
    expect(isHttpsRequest("http:", "HTTPS, http")).toBe(true);
    expect(isHttpsRequest("http:", "http, https")).toBe(false);
    expect(isHttpsRequest("http:", null)).toBe(false);
  });
});

describe("sessionCookie", () => {
  it("is HttpOnly and SameSite=Lax, Secure with the __Secure- prefix behind HTTPS", () => {
    expect(sessionCookie(true)).toEqual({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    expect(sessionCookie(false)).toEqual({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
  });

  it("is secure exactly when the public URL is https", () => {
    expect(usesSecureCookies("https://desk.example.org")).toBe(true);
    expect(usesSecureCookies("http://localhost:3000")).toBe(false);
    expect(usesSecureCookies(undefined)).toBe(false);
  });
});
