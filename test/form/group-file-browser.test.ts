// A council's group answer opened again in the form's Invullen (issue 19): nothing of it is lost.
// The group file made by `zelftest samenvoegen` from the four members' files is opened in a
// pre-filled form; downloaded at once, it is the same group answer; under a question the page shows
// the members' votes and who answered differently, with their words. The group changes its answer
// by keyboard: the votes stay, dissent follows the new answer (the member who gave it joins the
// group's note under their name; those who gave the old one are named in dissent), a reload keeps
// all of it, and the downloaded file validates and holds every word the members wrote. axe and 360 px.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Browser, Locator, Page } from "playwright-core";
import { ROOT, fixture } from "../helpers/fixtures.js";
import { axeViolations, haveChromium, launch, mustRunBrowserTests } from "../helpers/browser.js";

const dir = mkdtempSync(join(tmpdir(), "zelftest-group-file-"));
const formFile = join(dir, "zelftest-formulier.html");
const groupFile = join(dir, "groep.yaml");
const memberFiles = ["lid-a", "lid-b", "lid-c", "lid-d"].map((m) => fixture("answers", "council", `${m}.yaml`));
const ID = "onafhankelijkheid.scheiding-toewijzing";

type A = "ja" | "deels" | "nee" | "weet-niet";
interface Entry {
  answer: A;
  note?: string;
  evidence?: string;
  votes?: Partial<Record<A, number>>;
  dissent?: { member: number; name?: string; answer: A; note?: string; evidence?: string }[];
}
interface GroupFile {
  group: { rule: string; members: { name?: string; sha256: string }[] };
  answers: Record<string, Entry>;
}
const read = (f: string) => parse(readFileSync(f, "utf8")) as GroupFile;

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "zelftest.js"), ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function openFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open antwoordbestand" }).click();
  await (await chooser).setFiles(file);
  await expect.poll(() => page.locator(".zf-status").innerText()).toContain("geopend");
}

async function downloadTo(page: Page, target: string): Promise<void> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download antwoordbestand" }).first().click();
  await (await download).saveAs(target);
}

const said = (page: Page): Locator => page.locator(".zf-group-said");

describe.skipIf(!haveChromium && !mustRunBrowserTests)("a group answer opened again in Invullen (Chromium)", () => {
  let browser: Browser;

  beforeAll(async () => {
    const form = cli([
      "formulier",
      "--out",
      formFile,
      "--municipality",
      "Rijssen-Holten",
      "--municipality-code",
      "GM1742",
      "--role",
      "adviesraad",
      "--contact",
      "secretaris@example.nl",
      "--deadline",
      "2026-12-20",
    ]);
    expect(form.code).toBe(0);
    const merged = cli([
      "samenvoegen",
      ...memberFiles,
      "--out",
      groupFile,
      "--name",
      "Wmo-adviesraad Rijssen-Holten",
      "--date",
      "2026-12-10",
    ]);
    expect(merged.code).toBe(0);
    browser = await launch();
  }, 120000);
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps group, votes and dissent, shows them under the question, and follows a changed answer", async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 740 } });
    await context.addInitScript(() =>
      Object.defineProperty(globalThis, "showSaveFilePicker", { value: undefined, configurable: true }),
    );
    const page = await context.newPage();
    await page.goto(`file://${formFile}`);
    await openFile(page, groupFile);

    // Downloaded at once: the same group answer.
    const same = join(dir, "same.yaml");
    await downloadTo(page, same);
    expect(cli(["validate", same]).code).toBe(0);
    const original = read(groupFile);
    expect(read(same).group).toEqual(original.group);
    expect(read(same).answers).toEqual(original.answers);

    // The members answered before questionnaire 1.3.0 added the law's own duties: the form opens
    // at the first of those, still open. The overview lists every answer.
    const h1 = () => page.locator("main h1").first().innerText();
    expect(await h1()).not.toBe("Overzicht van uw antwoorden");
    await page.getByRole("button", { name: "Naar het overzicht" }).first().click();
    expect(await h1()).toBe("Overzicht van uw antwoorden");
    // The question where D. Jansen answered Ja and wrote why, against the group's Nee.
    await page.locator(".zf-answer", { hasText: "Het sociaal team beslist" }).getByRole("button").click();
    expect(await said(page).getByRole("heading").first().innerText()).toBe("Wat de leden antwoordden");
    const before = await said(page).innerText();
    expect(before).toContain("Stemmen van de leden: 1 × Ja, 2 × Nee, 1 × Weet niet");
    expect(before).toContain("B. Bakker: Weet niet");
    expect(before).toContain("D. Jansen: Ja");
    expect(before).toContain("Toelichting: MEE is een eigen stichting, los van de gemeente.");
    expect(await axeViolations(page)).toEqual([]);
    const width = () =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
            .scrollWidth,
      );
    expect(await width()).toBeLessThanOrEqual(360);

    // The group now answers Ja, by keyboard.
    await page.getByRole("radio", { name: "Ja", exact: true }).focus();
    await page.keyboard.press("Space");
    const after = await said(page).innerText();
    expect(after).toContain("Stemmen van de leden: 1 × Ja, 2 × Nee, 1 × Weet niet");
    expect(after).toContain("A. de Vries: Nee");
    expect(after).toContain("B. Bakker: Weet niet");
    expect(after).toContain("C. Çelik: Nee");
    expect(after).not.toContain("D. Jansen");
    const note = page.getByRole("textbox", { name: "Toelichting (niet verplicht)" });
    expect(await note.inputValue()).toContain("D. Jansen: MEE is een eigen stichting, los van de gemeente.");
    await note.focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n\nBesproken op 17 december.");
    expect(await axeViolations(page)).toEqual([]);

    // A reload keeps all of it.
    await page.reload();
    await page.getByRole("button", { name: "Verder gaan" }).click();
    await expect.poll(() => said(page).count()).toBe(1);
    expect(await said(page).innerText()).toContain("C. Çelik: Nee");
    expect(await note.inputValue()).toContain("Besproken op 17 december.");

    const changed = join(dir, "changed.yaml");
    await downloadTo(page, changed);
    await context.close();

    const v = cli(["validate", changed]);
    expect(v.stderr).toBe("");
    expect(v.code).toBe(0);
    expect(cli(["report", changed, "--out", join(dir, "changed.html")]).code).toBe(0);
    const file = read(changed);
    expect(file.group).toEqual(original.group);
    const entry = file.answers[ID]!;
    expect(entry.answer).toBe("ja");
    expect(entry.votes).toEqual(original.answers[ID]!.votes);
    expect(entry.dissent).toEqual([
      { member: 1, name: "A. de Vries", answer: "nee" },
      { member: 2, name: "B. Bakker", answer: "weet-niet" },
      { member: 3, name: "C. Çelik", answer: "nee" },
    ]);
    // Every other question as it was; every word each member wrote is still in the file.
    for (const [id, a] of Object.entries(original.answers)) if (id !== ID) expect(file.answers[id]).toEqual(a);
    const kept = JSON.stringify(file.answers);
    for (const f of memberFiles) {
      const m = parse(readFileSync(f, "utf8")) as { answers: Record<string, A | Entry> };
      for (const given of Object.values(m.answers)) {
        if (typeof given === "string") continue;
        for (const typed of [given.note, given.evidence].filter(Boolean))
          expect(kept, typed).toContain(JSON.stringify(typed).slice(1, -1));
      }
    }
    expect(entry.note).toContain("Besproken op 17 december.");
  }, 300000);

  it("a merge is never blocked by the length of what members wrote: agreeing notes too long together are kept apart, whole", async () => {
    // A. de Vries and B. Bakker agree on toegankelijkheid.gratis and each paste a long text (24,000 characters together).
    const long = (who: string) => `${who} schrijft: ${"Het staat in de verordening, artikel 5. ".repeat(300)}`.trim();
    const files = memberFiles.map((f, k) => {
      const target = join(dir, `lang-${k}.yaml`);
      copyFileSync(f, target);
      if (k < 2) {
        const text = readFileSync(target, "utf8").replace(
          'note: "Staat in de verordening."',
          `note: "${long(k === 0 ? "A" : "B")}"`,
        );
        writeFileSync(target, text);
      }
      return target;
    });
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`file://${formFile}`);
    await page.getByRole("button", { name: "Antwoorden samenvoegen" }).click();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Kies antwoordbestanden" }).click();
    await (await chooser).setFiles(files);
    const block = page.locator('.zf-merge-item[data-item="toegankelijkheid.gratis"]');
    await expect.poll(() => block.count()).toBe(1);
    const notice = block.locator(".zf-kept-apart");
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain("samen 24.048 tekens");
    expect(await notice.innerText()).toContain("Er gaat niets verloren.");
    const groupNote = block.getByRole("textbox", { name: "Toelichting van de groep (niet verplicht)" });
    expect(await groupNote.getAttribute("maxlength")).toBe("20000");
    await groupNote.focus();
    await page.keyboard.type("Samen: het staat in de verordening.");
    // Another answer for the group: no longer too long together, the notice goes.
    await block.getByRole("radio", { name: "Deels", exact: true }).check();
    expect(await notice.isVisible()).toBe(false);
    await block.getByRole("radio", { name: "Ja", exact: true }).check();
    expect(await notice.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("textbox", { name: "Datum van het groepsantwoord" }).fill("10-12-2026");
    const target = join(dir, "groep-lang.yaml");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download groepsantwoord" }).click();
    await (await download).saveAs(target);
    await context.close();

    const v = cli(["validate", target]);
    expect(v.stderr).toBe("");
    expect(v.code).toBe(0);
    const entry = read(target).answers["toegankelijkheid.gratis"]!;
    expect(entry.note).toBe("Samen: het staat in de verordening.");
    expect(entry.dissent?.slice(0, 2)).toEqual([
      { member: 1, name: "A. de Vries", answer: "ja", note: long("A") },
      { member: 2, name: "B. Bakker", answer: "ja", note: long("B") },
    ]);
    // The command line makes the same file from the same files (without the group's own note).
    const cliFile = join(dir, "groep-lang-cli.yaml");
    const merged = cli(["samenvoegen", ...files, "--out", cliFile, "--date", "2026-12-10"]);
    expect(merged.code).toBe(0);
    expect(merged.stderr).toContain("MERGE_TEXT_APART");
    const fromCli = read(cliFile).answers["toegankelijkheid.gratis"]!;
    expect(fromCli.dissent).toEqual(entry.dissent);
    expect(fromCli.note).toBeUndefined();
  }, 300000);
});
