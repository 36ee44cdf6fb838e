// What rewriting a hand-edited answer file would lose (issue 21 defect 12). The interview writes
// the whole file anew after every answer; a file someone edited by hand may hold what that rewrite
// does not keep: comments (other than the interview's own two header lines, or the header
// `zelftest samenvoegen` writes above a group answer), numbers written so
// that their value reads differently (a research id beyond 2^53, `1.10`, `0x1F`), and spaces
// around the municipality or the name (the loader trims them). Found here, before any rewrite, so
// the person can choose to continue in a new file instead. Pure.
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, visit } from "yaml";
import type { Node as YamlNode } from "yaml";
import { GROUP_TEXT } from "../messages/group.js";
import { INTERVIEW_TEXT } from "../messages/interview.js";

export type HandEdit = "comments" | "numbers" | "spaces";

/** The interview's own header comment: its title and the resume line, in either language. */
function isOwnHeaderLine(line: string): boolean {
  const l = line.trim();
  return (
    l === "" || Object.values(INTERVIEW_TEXT).some((t) => l === t.welcomeTitle || l.startsWith(t.resumeHint("").trim()))
  );
}

/**
 * The header `zelftest samenvoegen` writes above a group answer (messages/group.ts), in either
 * language, for the group's number of members and date (its last line names the file as it was
 * then called, so only its start is compared). Nothing in it is lost when the interview rewrites
 * the file: the group block, votes and dissent are kept (session.ts), and the interview's own
 * header takes its place.
 */
function isMergeHeader(comment: string, members: number, date: string): boolean {
  const lines = comment
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return Object.values(GROUP_TEXT).some((t) => {
    const header = t.header(members, date, "");
    return (
      lines.length === header.length &&
      header.every((h, k) => (k === header.length - 1 ? lines[k]!.startsWith(h.trim()) : lines[k] === h.trim()))
    );
  });
}

/** The kinds of hand edit in `text` that a rewrite would lose; empty when there is none. */
export function handEdits(text: string): HandEdit[] {
  const found = new Set<HandEdit>();
  // How the interview's writer writes a number again: JSON.stringify for JSON, yaml's for YAML.
  const json = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{");
  const rewritten = (n: number) => (json ? JSON.stringify(n) : stringify(n).trim());
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false });
  } catch {
    return [];
  }
  const members = doc.getIn(["group", "members"], true);
  const date = doc.get("date");
  const merged =
    typeof doc.commentBefore === "string" &&
    isSeq(members) &&
    typeof date === "string" &&
    isMergeHeader(doc.commentBefore, members.items.length, date);
  if (doc.commentBefore && !merged && !doc.commentBefore.split("\n").every(isOwnHeaderLine)) found.add("comments");
  if (doc.comment) found.add("comments");
  visit(doc, {
    Node(_, node: YamlNode) {
      if (node.commentBefore || node.comment) found.add("comments");
      if (isScalar(node) && typeof node.value === "number") {
        const written = node.srcToken && "source" in node.srcToken ? String(node.srcToken.source).trim() : undefined;
        if (written !== undefined && written !== rewritten(node.value)) found.add("numbers");
      }
      return undefined;
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && (pair.key.commentBefore || pair.key.comment)) found.add("comments");
      return undefined;
    },
  });
  const root = doc.contents;
  if (isMap(root)) {
    const text = (v: unknown) => (isScalar(v) && typeof v.value === "string" ? v.value : undefined);
    const municipality = text(root.get("municipality", true));
    const respondent = root.get("respondent", true);
    const name = isMap(respondent) ? text(respondent.get("name", true)) : undefined;
    for (const v of [municipality, name]) if (v !== undefined && v !== v.trim()) found.add("spaces");
    for (const item of root.items) if (isPair(item) && isScalar(item.key) && item.key.comment) found.add("comments");
  }
  return (["comments", "numbers", "spaces"] as const).filter((k) => found.has(k));
}
