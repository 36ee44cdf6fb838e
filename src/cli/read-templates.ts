// Reads the report templates from templates/ (the package's, two levels above dist/* and src/*).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Templates } from "../report/render-report.js";

const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates");

export function readTemplates(): Templates {
  const read = (name: string) => readFileSync(join(TEMPLATE_DIR, name), "utf8");
  return { md: read("report.md.mustache"), html: read("report.html.mustache"), css: read("report.css") };
}
