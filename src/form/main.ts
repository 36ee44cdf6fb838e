// The offline form's entry point (bundled by scripts/build-form.mjs into the page that
// `zelftest formulier` writes): reads the page's data block and starts the form.
import { startForm } from "./app.js";
import { DATA_ELEMENT_ID, questionnaireFromJson } from "./page-data.js";
import type { PageData } from "./page-data.js";
import { openStore } from "./storage.js";

const dataElement = document.getElementById(DATA_ELEMENT_ID);
const root = document.getElementById("zf-app");
if (dataElement && root) {
  const data = JSON.parse(dataElement.textContent ?? "{}") as PageData;
  const questionnaire = questionnaireFromJson(data.questionnaire);
  startForm(root, data, questionnaire, { store: openStore(questionnaire), now: () => new Date() });
  performance.mark?.("zelftest:ready");
}
