// `zelftest formulier`: writes one self-contained HTML file whose CSP allows exactly its own
// script and style (by hash), with the questionnaire and language as data; usage errors write nothing.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture } from "../helpers/fixtures.js";
import { runCli } from "../helpers/run-cli.js";

const hashOf = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
const between = (html: string, open: RegExp, close: string) => {
  const m = open.exec(html);
  if (!m) throw new Error(`no ${String(open)}`);
  const start = m.index + m[0].length;
  return html.slice(start, html.indexOf(close, start));
};
const dataOf = (html: string) =>
  JSON.parse(between(html, /<script type="application\/json" id="zelftest-data">/, "</script>")) as Record<
    string,
    unknown
  >;

describe("zelftest formulier", () => {
  it("writes zelftest-formulier.html in the current folder by default, with a CSP of its own hashes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    const r = await runCli(["formulier"], { cwd: dir });
    expect(r.code).toBe(0);
    const file = join(dir, "zelftest-formulier.html");
    expect(r.stderr).toContain(file);
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    const csp = between(html, /<meta http-equiv="Content-Security-Policy" content="/, '"').replace(
      /&#(\d+);/g,
      (_, n: string) => String.fromCharCode(Number(n)),
    );
    const script = between(html, /<script>/, "</script>");
    // The second part (src/form/later.ts) is a data block the page runs when first needed, by its hash.
    const later = between(html, /<script type="text\/plain" id="zelftest-later">/, "</script>");
    const style = between(html, /<style>/, "</style>");
    expect(later.length).toBeGreaterThan(script.length);
    expect(csp).toBe(
      `default-src 'none'; script-src '${hashOf(script)}' '${hashOf(later)}'; style-src '${hashOf(style)}'; img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`,
    );
    // Nothing in the page loads from elsewhere.
    const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "").replace(/<style>[\s\S]*?<\/style>/, "");
    expect(markup).not.toMatch(/<(link|img|iframe|object|embed)\b|\ssrc=|\shref=/i);
    const data = dataOf(html);
    expect(data.lang).toBe("nl");
    expect((data.questionnaire as { id: string }).id).toBe("clientondersteuning-wmo2015");
    expect(data.limits).toEqual({ answerFileBytes: 1024 * 1024 });
    expect(JSON.stringify(data.questionnaire)).not.toContain('"en":');
  });

  it("the alias form, --lang en and --out; the script is the same for every questionnaire and language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    const en = await runCli(["form", "--lang", "en", "--out", "en.html"], { cwd: dir });
    const mini = await runCli([
      "formulier",
      "--questionnaire",
      fixture("questionnaires", "mini.yaml"),
      "--out",
      join(dir, "mini.html"),
    ]);
    expect([en.code, mini.code]).toEqual([0, 0]);
    const enHtml = readFileSync(join(dir, "en.html"), "utf8");
    const miniHtml = readFileSync(join(dir, "mini.html"), "utf8");
    expect(enHtml).toContain('<html lang="en">');
    expect(dataOf(enHtml).lang).toBe("en");
    expect((dataOf(miniHtml).questionnaire as { id: string }).id).toBe("mini");
    // Only the page's language (and the questionnaire's default, to fall back on); no local path.
    const nlData = JSON.stringify(dataOf(readFileSync(join(dir, "..", dir.split("/").pop()!, "en.html"), "utf8")));
    expect(nlData).toContain('"en":');
    expect(JSON.stringify(dataOf(miniHtml))).not.toContain(fixture("questionnaires"));
    expect(between(enHtml, /<script>/, "</script>")).toBe(between(miniHtml, /<script>/, "</script>"));
  });

  it("text in the questionnaire cannot end the data block", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    const r = await runCli(["formulier", "--out", join(dir, "f.html")]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, "f.html"), "utf8");
    const data = between(html, /<script type="application\/json" id="zelftest-data">/, "</script>");
    expect(data).not.toContain("<");
  });

  it.each([
    [["formulier", "--questionnaire", "bestaat-niet"], "UNKNOWN_QUESTIONNAIRE"],
    [["formulier", "--questionnaire", fixture("questionnaires", "invalid", "missing-basis.yaml")], "MISSING_FIELD"],
    [["formulier", "--out", "/nonexistent-folder/form.html"], "OUTPUT_FAILED"],
  ])("refuses %j with exit 2 and writes nothing", async (argv, code) => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(join(dir, "zelftest-formulier.html"))).toBe(false);
  });
});

describe("zelftest formulier for a council: the officer's invitation", () => {
  const invite = [
    "--municipality",
    " Rijssen-Holten ",
    "--municipality-code",
    "1742",
    "--role",
    "adviesraad",
    "--contact",
    "j.jansen@rijssen-holten.nl",
    "--deadline",
    "2027-01-15",
  ];

  it("puts municipality, code, role, contact and deadline in the page data, checked and normalised", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    const r = await runCli(["formulier", ...invite], { cwd: dir });
    expect(r.code).toBe(0);
    const data = dataOf(readFileSync(join(dir, "zelftest-formulier.html"), "utf8"));
    expect(data.invitation).toEqual({
      municipality: "Rijssen-Holten",
      gemeentecode: "GM1742",
      role: "adviesraad",
      contact: "j.jansen@rijssen-holten.nl",
      deadline: "2027-01-15",
    });
  });

  it("--role takes the role as a person types it: 'Cliëntorganisatie ' is clientorganisatie; another word is refused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    const r = await runCli(["formulier", "--role", " Cliëntorganisatie "], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(dataOf(readFileSync(join(dir, "zelftest-formulier.html"), "utf8")).invitation).toEqual({
      role: "clientorganisatie",
    });
    const refused = await runCli(["formulier", "--role", "cliëntenraad", "--out", "x.html"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Kies uit: gemeente, adviesraad, clientorganisatie");
  });

  it("counts --municipality and --contact as the schema counts: 200 emoji are 200 characters", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    const many = "🏛".repeat(200);
    const r = await runCli(["formulier", "--municipality", many, "--contact", many], { cwd: dir });
    expect(r.code).toBe(0);
    const data = dataOf(readFileSync(join(dir, "zelftest-formulier.html"), "utf8"));
    expect(data.invitation).toEqual({ municipality: many, contact: many });
  });

  it("then says in three lines what to mail, to whom, and what to ask back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    const r = await runCli(["formulier", ...invite], { cwd: dir });
    expect(r.stderr).toBe(
      [
        join(dir, "zelftest-formulier.html"),
        "Stuur zelftest-formulier.html per e-mail naar de adviesraad van Rijssen-Holten: elk opent het in de browser en vult het in, zonder installatie.",
        "Het formulier vraagt hen hun antwoordbestand vóór 15 januari 2027 te sturen naar j.jansen@rijssen-holten.nl.",
        "Vraag terug: het bestand dat het formulier downloadt (zelftest-…yaml, in de map Downloads), niet het formulier; daarna: zelftest samenvoegen of zelftest compare.",
        "",
      ].join("\n"),
    );
    const plain = await runCli(["formulier", "--lang", "en"], { cwd: dir });
    expect(plain.stderr.trim().split("\n").slice(1)).toEqual([
      "Send zelftest-formulier.html by e-mail to the respondents: each opens it in a browser and fills it in, nothing to install.",
      "Say in your e-mail whom to send their answer file to and by when; with --contact and --deadline the form says so too.",
      "Ask back: the file the form downloads (zelftest-…yaml, in the Downloads folder), not the form; then: zelftest merge or zelftest compare.",
    ]);
  });

  it("a form made without the options has no invitation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    await runCli(["formulier"], { cwd: dir });
    expect(dataOf(readFileSync(join(dir, "zelftest-formulier.html"), "utf8"))).not.toHaveProperty("invitation");
  });

  it.each([
    [["--municipality-code", "GM17420"], "--municipality-code", "Geef de CBS-gemeentecode: GM en vier cijfers"],
    [["--municipality-code", "Rijssen"], "--municipality-code", "Geef de CBS-gemeentecode"],
    [["--deadline", "15-01-2027"], "--deadline", "Schrijf de datum als jaar-maand-dag"],
    [["--deadline", "2027-02-30"], "--deadline", "Schrijf de datum als jaar-maand-dag"],
    [["--role", "raad"], "--role", "Kies uit: gemeente, adviesraad"],
    [["--municipality", "  "], "--municipality", "Geef een tekst van 1 tot 200 tekens"],
    [["--contact", "x".repeat(201)], "--contact", "Geef een tekst van 1 tot 200 tekens"],
    [["--municipality", "🏛".repeat(201)], "--municipality", "Geef een tekst van 1 tot 200 tekens"],
  ])("refuses %j with exit 2, a clear message and nothing written", async (argv, option, hint) => {
    const dir = mkdtempSync(join(tmpdir(), "zelftest-form-"));
    const r = await runCli(["formulier", ...argv], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`INVALID_OPTION`);
    expect(r.stderr).toContain(`geen geldige waarde voor ${option}`);
    expect(r.stderr).toContain(hint);
    expect(existsSync(join(dir, "zelftest-formulier.html"))).toBe(false);
  });
});
