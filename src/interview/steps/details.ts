// Step: who and what. The municipality, its CBS code, the respondent's role and name, the date,
// and which questions (the legal ones, or good practice too). Nothing is saved here: the welcome
// step decides where the answers go, from these details. Lengths are checked as the schema counts
// them (model/answer-limits.ts: code points of the text as it is written, trimmed).
import type { Scope } from "../../flow/question-flow.js";
import { dutchDate, parseDateInput } from "../../flow/date-input.js";
import { ANSWER_LIMITS, textLength } from "../../model/answer-limits.js";
import { normalizeGemeentecode } from "../../model/municipality.js";
import { ROLES } from "../../model/vocabulary.js";
import type { Role } from "../../model/vocabulary.js";
import type { Draft, InterviewContext } from "../context.js";

export async function askDetails(c: InterviewContext): Promise<Draft> {
  const { prompter, t, o } = c;
  const municipality = (
    await prompter.input(t.municipalityQuestion, {
      validate: (v) =>
        v.trim() === ""
          ? t.municipalityRequired
          : textLength(v.trim()) > ANSWER_LIMITS.municipality
            ? t.municipalityTooLong
            : true,
    })
  ).trim();
  const gemeentecode = normalizeGemeentecode(
    await prompter.input(t.gemeentecode, {
      validate: (v) => (v.trim() === "" || normalizeGemeentecode(v) ? true : t.gemeentecodeInvalid),
    }),
  );
  const role = await prompter.select<Role>(
    t.role,
    ROLES.map((r) => ({ value: r, name: t.roleChoices[r] })),
  );
  const name = (
    await prompter.input(t.name, {
      validate: (v) => (textLength(v.trim()) > ANSWER_LIMITS.name ? t.nameTooLong : true),
    })
  ).trim();
  const typed = await prompter.input(t.date, {
    default: t.dateDefault === "day-month-year" ? dutchDate(o.today) : o.today,
    validate: (v) => (parseDateInput(v) ? true : t.dateInvalid),
  });
  const date = parseDateInput(typed)!;
  const scope: Scope = c.hasPractice ? await askScope(c) : "legal";
  return {
    municipality,
    ...(gemeentecode ? { gemeentecode } : {}),
    role,
    ...(name ? { name } : {}),
    date,
    answers: new Map(),
    scope,
  };
}

/** The legal questions only, or good practice too. */
export async function askScope(c: InterviewContext): Promise<Scope> {
  const { prompter, t, sizes, vngRows } = c;
  return prompter.select<Scope>(t.scope, [
    { value: "legal", name: t.scopeLegal(sizes.legal, vngRows) },
    { value: "all", name: t.scopeAll(sizes.all, vngRows) },
  ]);
}
