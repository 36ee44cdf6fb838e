// Synthetic but valid answer files, deterministic from a seed: shared by the batch benchmark and
// the batch tests (test/helpers/synthetic.ts re-exports it).
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const IDS = [
  "beleidsplan.inrichting",
  "beleidsplan.wettelijke-eisen",
  "onafhankelijkheid.professionele-autonomie",
  "onafhankelijkheid.scheiding-toewijzing",
  "onafhankelijkheid.andere-ondersteuner",
  "levensbreed.levensgebieden",
  "levensbreed.samenhang",
  "toegankelijkheid.algemene-voorziening",
  "toegankelijkheid.gratis",
  "informatieplicht.voorafgaand-onderzoek",
  "informatieplicht.onafhankelijk-gratis",
  "informatieplicht.andere-levensgebieden",
  "kwaliteit.eisen",
  "inspraak.betrokkenheid",
  "inspraak.clientondersteuning",
];
const ANSWERS = ["ja", "deels", "nee", "weet-niet"];
const ROLES = ["gemeente", "adviesraad", "clientorganisatie", "aanbieder"];

/**
 * Writes `count` answer files into `dir` and returns their paths.
 * @param {string} dir
 * @param {number} count
 * @param {number} [seed]
 * @returns {string[]}
 */
export function makeAnswerFiles(dir, count, seed = 1) {
  let x = seed;
  const rnd = (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor((x / 2147483648) * n); // the high bits: the low bits of this generator cycle
  };
  const files = [];
  for (let i = 0; i < count; i += 1) {
    const lines = [
      "questionnaire: clientondersteuning-wmo2015",
      "version: 1.0.0",
      `municipality: Gemeente ${rnd(340)}`,
      "respondent:",
      `  role: ${ROLES[rnd(ROLES.length)]}`,
      `date: ${2015 + rnd(10)}-0${1 + rnd(9)}-1${rnd(9)}`,
      "answers:",
      ...IDS.filter(() => rnd(10) > 0).map((id) =>
        rnd(5) === 0
          ? `  ${id}:\n    answer: ${ANSWERS[rnd(4)]}\n    note: "Toelichting ${rnd(1000)}"`
          : `  ${id}: ${ANSWERS[rnd(4)]}`,
      ),
    ];
    const file = join(dir, `file-${String(i).padStart(6, "0")}.yaml`);
    writeFileSync(file, `${lines.join("\n")}\n`);
    files.push(file);
  }
  return files;
}
