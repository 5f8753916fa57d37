import { describe, expect, it } from "vitest";
import { applyTrustedForwarding, proxyHops, trustedChain } from "./forwarded-for";

describe("trustedChain", () => {
  it("is the socket's peer alone with no trusted proxy, whatever the client sent", () => {
    expect(trustedChain("6.6.6.6", "203.0.113.9", 0)).toEqual(["203.0.113.9"]);
    expect(trustedChain(["6.6.6.6", "7.7.7.7"], "203.0.113.9", 0)).toEqual(["203.0.113.9"]);
    expect(trustedChain(undefined, "::1", 0)).toEqual(["::1"]);
  });

  it("takes the N-th entry from the right, counting the peer as the last hop", () => {
    // client 198.51.100.4 → proxy 10.0.0.2 (appends the client) → app (peer = the proxy)
    expect(trustedChain("198.51.100.4", "10.0.0.2", 1)).toEqual(["198.51.100.4", "10.0.0.2"]);
    // The client prepended a spoofed entry: the proxy appended the real one after it.
    expect(trustedChain("6.6.6.6, 198.51.100.4", "10.0.0.2", 1)).toEqual(["198.51.100.4", "10.0.0.2"]);
    // Two proxies: the first appended the client, the second the first proxy.
    expect(trustedChain(" 6.6.6.6 ,198.51.100.4, 10.0.0.1", "10.0.0.2", 2)).toEqual([
      "198.51.100.4",
      "10.0.0.1",
      "10.0.0.2",
    ]);
  });

  it("keeps what there is when the chain is shorter than the configured hops", () => {
    expect(trustedChain(undefined, "10.0.0.2", 2)).toEqual(["10.0.0.2"]);
    expect(trustedChain("", undefined, 1)).toEqual([]);
  });
});

describe("applyTrustedForwarding", () => {
  it("replaces a spoofed X-Forwarded-For and drops the other forwarding headers with no proxy", () => {
    const h: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "6.6.6.6",
      "x-forwarded-host": "evil.test",
      forwarded: "for=6.6.6.6",
      "x-real-ip": "6.6.6.6",
      host: "app.test",
    };
    applyTrustedForwarding(h, "203.0.113.9", 0);
    expect(h).toEqual({ "x-forwarded-for": "203.0.113.9", host: "app.test" });
  });

  it("keeps the proxies' part of the chain and their other headers behind trusted proxies", () => {
    const h: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "6.6.6.6, 198.51.100.4",
      "x-forwarded-proto": "https",
    };
    applyTrustedForwarding(h, "10.0.0.2", 1);
    expect(h).toEqual({ "x-forwarded-for": "198.51.100.4, 10.0.0.2", "x-forwarded-proto": "https" });
  });
});

describe("proxyHops", () => {
  it("reads a small non-negative integer; anything else means no trusted proxy", () => {
    expect([undefined, "", "0", "2", "-1", "1.5", "abc", "99"].map(proxyHops)).toEqual([
      0, 0, 0, 2, 0, 0, 0, 0,
    ]);
  });
});
