// First step of `npm run build`: removes what the build makes (dist/, generated/), so that no file
// of an earlier build (a deleted module, an old chunk) ends up in the package or is loaded.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const dir of ["dist", "generated"]) rmSync(join(root, dir), { recursive: true, force: true });
