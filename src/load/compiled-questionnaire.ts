// Built-in questionnaires are parsed and checked at build time and stored as JSON in generated/,
// so that commands skip YAML parsing, schema and lint of the built-in questionnaire (~85 ms).
// The JSON records the YAML's size and mtime: if the YAML changed since the build, it is
// ignored and the YAML is read as usual. Pure except for the two small functions at the end.
import { readFileSync, statSync } from "node:fs";
import type { Questionnaire, Source } from "../model/questionnaire.js";

const FORMAT = 2; // 2: questionnaire 1.2 fields (packages, glossary, strict, legal, check, action, package)

interface CompiledFile {
  format: number;
  yaml: { size: number; mtimeMs: number };
  questionnaire: Omit<Questionnaire, "sources"> & { sources: Source[] };
}

export function serializeQuestionnaire(q: Questionnaire, yaml: { size: number; mtimeMs: number }): string {
  const file: CompiledFile = { format: FORMAT, yaml, questionnaire: { ...q, sources: [...q.sources.values()] } };
  return JSON.stringify(file);
}

export function deserializeQuestionnaire(json: string): { questionnaire: Questionnaire; yaml: CompiledFile["yaml"] } | undefined {
  const file = JSON.parse(json) as CompiledFile;
  if (file.format !== FORMAT) return undefined;
  const { sources, ...rest } = file.questionnaire;
  return { questionnaire: { ...rest, sources: new Map(sources.map((s) => [s.key, s])) }, yaml: file.yaml };
}

/** The compiled questionnaire, if it exists and is up to date with its YAML. */
export function readCompiled(compiledPath: string, yamlPath: string): Questionnaire | undefined {
  let json: string;
  try {
    json = readFileSync(compiledPath, "utf8");
  } catch {
    return undefined;
  }
  const compiled = deserializeQuestionnaire(json);
  if (!compiled) return undefined;
  const stat = statSync(yamlPath);
  return stat.size === compiled.yaml.size && stat.mtimeMs === compiled.yaml.mtimeMs ? compiled.questionnaire : undefined;
}
