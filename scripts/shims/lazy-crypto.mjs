// Stands in for node:crypto in the CLI bundle (scripts/bundle.mjs). Loading node:crypto costs
// ~10 ms at every start, and most commands never hash (`score --json` does not): the real
// module is loaded on first use. Only what src/ uses is here; another import from node:crypto
// fails the build, so nothing silently goes missing.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let crypto;

export function createHash(algorithm, options) {
  crypto ??= require("node:crypto");
  return crypto.createHash(algorithm, options);
}
