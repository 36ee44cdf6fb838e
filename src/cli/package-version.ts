// The version of zelftest, from package.json (two levels up from src/cli, dist/cli and
// dist/bundle alike). Its own module so that commands can name the version without importing
// main.ts, which loads them (no import cycle).
import { readFileSync } from "node:fs";

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
