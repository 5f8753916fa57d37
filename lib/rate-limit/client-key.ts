import { isIPv4, isIPv6 } from "node:net";

/**
 * The address a per-IP limit counts. One IPv6 client usually holds a whole /64 and can send each
 * request from a new address in it, so IPv6 is counted per /64; an IPv4 address mapped into IPv6
 * (`::ffff:1.2.3.4`, what a dual-stack socket reports) is the same client as `1.2.3.4`.
 */
export function clientKey(ip: string | null | undefined): string {
  if (!ip) return "unknown";
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ""] = ip.toLowerCase().split("%")[0].split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
