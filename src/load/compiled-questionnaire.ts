// Built-in questionnaires are parsed and checked at build time and stored as JSON in generated/,
// so that commands skip YAML parsing, schema and lint of the built-in questionnaire (~85 ms).
// The JSON is keyed on content: the YAML's bytes and the build id (code and schemas, see
// build-id.ts). Beside the JSON lies a copy of the YAML bytes it was compiled from
// (`<id>.source.yaml`); the JSON is used only when the YAML today is byte for byte that copy and
// the build id matches; otherwise the YAML is read as usual. File sizes and times play no part, so
// a fresh install (new mtimes) still hits. Comparing bytes is exact and needs no hashing at start-up
// (loading node:crypto and hashing the YAML cost ~12 ms of every `score`); the sha256 of the bytes
// is recorded in the key and is the questionnaire's contentHash.
import { readFileSync } from "node:fs";
import type { Item, Questionnaire, Source, Theme } from "../model/questionnaire.js";

// 2: questionnaire 1.2 fields; 3: keyed on content (YAML sha256 + build id); 4: themes hold item
// ids, so each item is stored once and a theme's items are the questionnaire's own objects.
const FORMAT = 4;

/** What a compiled questionnaire is valid for. */
export interface CompiledKey {
  /** sha256 of the questionnaire YAML's bytes. */
  readonly yamlSha256: string;
  /** The build id of the code and schemas that compiled it. */
  readonly buildId: string;
}

type StoredTheme = Omit<Theme, "items"> & { items: string[] };

interface CompiledFile {
  format: number;
  key: CompiledKey;
  questionnaire: Omit<Questionnaire, "sources" | "themes"> & { sources: Source[]; themes: StoredTheme[] };
}

export function serializeQuestionnaire(q: Questionnaire, key: CompiledKey): string {
  const themes = q.themes.map((t) => ({ ...t, items: t.items.map((i) => i.id) }));
  const file: CompiledFile = { format: FORMAT, key, questionnaire: { ...q, themes, sources: [...q.sources.values()] } };
  return JSON.stringify(file);
}

function deserializeQuestionnaire(json: string): { questionnaire: Questionnaire; key: CompiledKey } | undefined {
  const file = JSON.parse(json) as CompiledFile;
  if (file.format !== FORMAT) return undefined;
  const { sources, themes, ...rest } = file.questionnaire;
  const byId = new Map<string, Item>(rest.items.map((i) => [i.id, i]));
  const questionnaire: Questionnaire = {
    ...rest,
    themes: themes.map((t) => ({ ...t, items: t.items.map((id) => byId.get(id)!) })),
    sources: new Map(sources.map((s) => [s.key, s])),
  };
  return { questionnaire, key: file.key };
}

/** Where the copy of the YAML bytes a compiled questionnaire was made from lies: beside its JSON. */
export const sourceCopyPath = (compiledPath: string) => compiledPath.replace(/\.json$/, ".source.yaml");

/** The compiled questionnaire, if it exists and was compiled from these YAML bytes by this build. */
export function readCompiled(
  compiledPath: string,
  yamlBytes: Uint8Array,
  buildId: string | undefined,
): Questionnaire | undefined {
  if (buildId === undefined) return undefined;
  let json: string;
  let source: Buffer;
  try {
    json = readFileSync(compiledPath, "utf8");
    source = readFileSync(sourceCopyPath(compiledPath));
  } catch {
    return undefined;
  }
  if (!source.equals(yamlBytes)) return undefined;
  const compiled = deserializeQuestionnaire(json);
  if (!compiled || compiled.key.buildId !== buildId) return undefined;
  return compiled.questionnaire;
}
