// Reads the report templates from templates/ (the package's, two levels above dist/* and src/*).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Templates } from "../report/render-report.js";

const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates");

export function readTemplate(name: string): string {
  return readFileSync(join(TEMPLATE_DIR, name), "utf8");
}

export function readTemplates(): Templates {
  return {
    md: readTemplate("report.md.mustache"),
    html: readTemplate("report.html.mustache"),
    css: readTemplate("report.css"),
  };
}
