import { describe, expect, it } from "vitest";
import { clientAddress, fromTrustedProxy, isAutomated, trustedProxies } from "./clients.js";

const loopback = trustedProxies("loopback");

describe("the client's address", () => {
  it("is the connection's when it is not a trusted proxy, whatever the header says", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", loopback)).toBe("203.0.113.7");
  });
  it("is the forwarded one when a trusted proxy sends it, read from the right past every trusted hop", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.1", loopback)).toBe("198.51.100.1");
    expect(clientAddress("::ffff:127.0.0.1", "6.6.6.6, 198.51.100.1, 127.0.0.1", loopback)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", "198.51.100.1", trustedProxies("10.0.0.0/8"))).toBe("198.51.100.1");
  });
  it("stops at what is not an address, and trusts nobody when told so", () => {
    expect(clientAddress("127.0.0.1", "not-an-ip", loopback)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "198.51.100.1", trustedProxies(""))).toBe("127.0.0.1");
  });
  it("refuses a proxy list it cannot read", () => {
    expect(() => trustedProxies("loopback, proxy.example")).toThrow(/proxy\.example/);
  });
});

describe("a connection from a trusted proxy", () => {
  it("is one whose own address is trusted, never one that only names a trusted address", () => {
    const trusted = trustedProxies("loopback, 10.0.0.0/8");
    expect(fromTrustedProxy("127.0.0.1", trusted)).toBe(true);
    expect(fromTrustedProxy("::ffff:10.1.2.3", trusted)).toBe(true);
    expect(fromTrustedProxy("203.0.113.9", trusted)).toBe(false);
    expect(fromTrustedProxy("127.0.0.1", trustedProxies("none"))).toBe(false);
  });
});

describe("automated clients", () => {
  it("are crawlers, scripts and requests without a User-Agent", () => {
    expect(isAutomated("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).toBe(true);
    expect(isAutomated("curl/8.5.0")).toBe(true);
    expect(isAutomated("")).toBe(true);
    expect(isAutomated(null)).toBe(true);
  });
  it("are not a phone's browser", () => {
    expect(isAutomated("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1")).toBe(false);
  });
});
