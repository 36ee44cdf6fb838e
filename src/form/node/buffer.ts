// The part of node:buffer that the shared load code uses (isUtf8), for the browser bundle of the
// form. scripts/build-form.mjs points `node:buffer` here.

const strict = new TextDecoder("utf-8", { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
