// Feed and entry ids that never depend on where the site is served from: a name-based UUID
// (RFC 9562 version 5, SHA-1) in a namespace of this project's own, written as a urn:uuid URI,
// which Atom (RFC 4287 §4.2.6), RSS guid and JSON Feed all accept. Moving the site to another
// host, or setting SITE_URL later, keeps every id.
import crypto from "node:crypto";

// uuid5(DNS namespace, "outage-atlas"): fixed once, never to change
const NAMESPACE = Buffer.from("9b9a3c4e0f7d5b0a8d6e2c1f4a3b5c6d", "hex");

/** A urn:uuid id for `name` ("incident:<slug>:<lang>", "feed:all:fr"...). */
export function feedId(name: string): string {
  const h = crypto.createHash("sha1").update(NAMESPACE).update(name, "utf8").digest();
  h[6] = (h[6] & 0x0f) | 0x50; // version 5
  h[8] = (h[8] & 0x3f) | 0x80; // RFC 9562 variant
  const x = h.subarray(0, 16).toString("hex");
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
