// A council's group answer opened again in the form's Invullen (issue 19): nothing of it is lost.
// The group file made by `zelftest samenvoegen` from the four members' files is opened in a
// pre-filled form; downloaded at once, it is the same group answer; under a question the page shows
// the members' votes and who answered differently, with their words. The group changes its answer
// by keyboard: the votes stay, dissent follows the new answer (the member who gave it joins the
// group's note under their name; those who gave the old one are named in dissent), a reload keeps
// all of it, and the downloaded file validates and holds every word the members wrote. axe and 360 px.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
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
  try {
    const stdout = execFileSync(process.execPath, [join(ROOT, "bin", "zelftest.js"), ...args], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, stdout, stderr: "" };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
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
});
