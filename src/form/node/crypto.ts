// The part of node:crypto that the shared load and report code uses (createHash("sha256") with a
// hex or base64 digest), for the browser bundle of the form. scripts/build-form.mjs points
// `node:crypto` here; any other use of node:crypto fails the build.
import { sha256 } from "@noble/hashes/sha2.js";

const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return hex;
}

export function createHash(algorithm: string) {
  if (algorithm !== "sha256") throw new Error(`createHash: only sha256 in the browser, not ${algorithm}`);
  const hash = sha256.create();
  const api = {
    update(data: string | Uint8Array) {
      hash.update(typeof data === "string" ? encoder.encode(data) : data);
      return api;
    },
    digest(encoding: "hex" | "base64") {
      const bytes = hash.digest();
      return encoding === "base64" ? toBase64(bytes) : toHex(bytes);
    },
  };
  return api;
}
