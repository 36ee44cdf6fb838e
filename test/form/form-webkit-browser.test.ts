// The form's focused walk in WebKit (the Safari engine: Debian's WebKitGTK MiniBrowser, driven by
// WebKitWebDriver over plain W3C WebDriver, under Xvfb), beside the full Chromium suite: details,
// a note typed before the answer (issue 21 defect 3, seen in all three engines), Vorige, a reload
// with "Verder gaan", what the browser keeps, and the form's second part run when asked for. Skipped locally without WebKitWebDriver; in CI
// (.ci/run installs webkit2gtk-driver and xvfb) it must run.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../helpers/fixtures.js";
import { mustRunBrowserTests } from "../helpers/browser.js";
import { runCli } from "../helpers/run-cli.js";

const DRIVER = "/usr/bin/WebKitWebDriver";
const MINIBROWSER = readdirSync("/usr/lib")
  .flatMap((arch) => ["4.1", "4.0"].map((v) => join("/usr/lib", arch, `webkit2gtk-${v}`, "MiniBrowser")))
  .find((path) => existsSync(path));
const haveWebKit = existsSync(DRIVER) && existsSync("/usr/bin/xvfb-run") && MINIBROWSER !== undefined;
if (!haveWebKit && !mustRunBrowserTests)
  console.warn("WebKit form walk skipped: apt-get install webkit2gtk-driver xvfb");

const dir = mkdtempSync(join(tmpdir(), "zelftest-form-webkit-"));
const miniFile = join(dir, "mini.html");
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

describe.skipIf(!haveWebKit && !mustRunBrowserTests)("the form in WebKit (WebKitWebDriver)", () => {
  let driver: ChildProcess;
  let base = "";

  async function wd(method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { value: unknown };
    if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  }
  const find = async (css: string) =>
    ((await wd("POST", "/element", { using: "css selector", value: css })) as Record<string, string>)[ELEMENT]!;
  const click = async (css: string) => wd("POST", `/element/${await find(css)}/click`, {});
  const type = async (css: string, text: string) => wd("POST", `/element/${await find(css)}/value`, { text });
  const run = <T>(script: string) => wd("POST", "/execute/sync", { script, args: [] }) as Promise<T>;
  const h1 = () => run<string>("return document.querySelector('main h1').textContent");

  beforeAll(async () => {
    expect(
      (await runCli(["formulier", "--out", miniFile, "--questionnaire", fixture("questionnaires", "mini.yaml")])).code,
    ).toBe(0);
    const port = 4400 + (process.pid % 500);
    driver = spawn("xvfb-run", ["-a", DRIVER, `--port=${port}`], { detached: true, stdio: "ignore" });
    const root = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i += 1) {
      try {
        const res = await fetch(`${root}/status`);
        if (res.ok) break;
      } catch {
        if (i > 200) throw new Error("WebKitWebDriver did not start");
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const session = (await (
      await fetch(`${root}/session`, {
        method: "POST",
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } },
          },
        }),
      })
    ).json()) as { value: { sessionId: string } };
    base = `${root}/session/${session.value.sessionId}`;
  }, 60000);

  afterAll(async () => {
    if (base) await wd("DELETE", "").catch(() => undefined);
    if (driver?.pid) process.kill(-driver.pid, "SIGTERM");
  });

  it("details, a note typed before the answer, Vorige, a reload and Verder gaan: nothing typed is lost", async () => {
    await wd("POST", "/url", { url: `file://${miniFile}` });
    await click("main .zf-buttons .zf-button");
    expect(await h1()).toBe("Over de zelftest");
    await type("#zf-municipality", "Teststad");
    await click("#zf-role-gemeente");
    await run("document.querySelector('#zf-date').value = ''");
    await type("#zf-date", "01-02-2026");
    await click("main form button[type=submit]");
    expect(await h1()).toBe("Vraag 1 van 3");
    await type("#zf-q-1-note", "Eerst uitleggen, dan kiezen.");
    await click("#zf-q-1-deels");
    await click("main form button[type=submit]");
    expect(await h1()).toBe("Vraag 2 van 3");
    await click("main form .zf-buttons .zf-secondary");
    expect(await run<string>("return document.querySelector('#zf-q-1-note').value")).toBe(
      "Eerst uitleggen, dan kiezen.",
    );
    expect(await run<string>("return document.querySelector('.zf-progress span').textContent")).toBe(
      "1 van de 3 vragen beantwoord",
    );
    // The browser keeps it: reload, continue, the answer and the note are there.
    await wd("POST", "/refresh", {});
    await click("main .zf-buttons .zf-button");
    expect(await h1()).toBe("Vraag 1 van 3");
    expect(await run<boolean>("return document.querySelector('#zf-q-1-deels').checked")).toBe(true);
    expect(await run<string>("return document.querySelector('#zf-q-1-note').value")).toBe(
      "Eerst uitleggen, dan kiezen.",
    );
    // maxlength from the answer-file limits holds in WebKit too.
    expect(await run<number>("return document.querySelector('#zf-q-1-note').maxLength")).toBe(20000);
    // The form's second part (src/form/load-later.ts) runs when first asked for, allowed by its hash.
    await wd("POST", "/refresh", {});
    expect(await run<string>("return typeof globalThis.__zelftestLater")).toBe("undefined");
    await run(
      "[...document.querySelectorAll('main button')].find((b) => b.textContent === 'Antwoorden vergelijken').click()",
    );
    expect(await h1()).toBe("Antwoorden vergelijken");
    expect(await run<string>("return typeof globalThis.__zelftestLater")).toBe("object");
  }, 90000);
});
