// Step: who and what. The municipality, its CBS code, the respondent's role and name, the date,
// and which questions (the legal ones, or good practice too). Nothing is saved here: the welcome
// step decides where the answers go, from these details; after Ctrl-C, run-interview.ts keeps
// what was given (load/unfinished-header.ts). Lengths are checked as the schema counts
// them (model/answer-limits.ts: code points of the text as it is written, trimmed).
import type { Scope } from "../../flow/question-flow.js";
import { dutchDate, parseDateInput } from "../../flow/date-input.js";
import { ANSWER_LIMITS, textLength } from "../../model/answer-limits.js";
import { normalizeGemeentecode } from "../../model/municipality.js";
import { ROLES } from "../../model/vocabulary.js";
import type { Role } from "../../model/vocabulary.js";
import { InterruptedError } from "../../errors.js";
import type { DetailsSoFar, Draft, InterviewContext } from "../context.js";

/**
 * Asks who and what. `given` holds what is known so far, and is filled in as the person answers:
 * before, the details of an unfinished file (`--resume`), offered as the defaults; after Ctrl-C,
 * what was given, with the text typed at the prompt that was stopped when it is valid there, so
 * that the interview can keep it (run-interview.ts).
 */
export async function askDetails(c: InterviewContext, given: DetailsSoFar = {}): Promise<Draft> {
  const { prompter, t, o } = c;
  // A prompt's answer goes into `given` once confirmed; Ctrl-C keeps what was typed if `keep` takes it.
  const ask = async <T>(prompt: () => Promise<T>, keep: (typed: string) => void): Promise<T> => {
    try {
      return await prompt();
    } catch (err) {
      if (err instanceof InterruptedError && err.extra.typed !== undefined) keep(err.extra.typed);
      throw err;
    }
  };
  const municipalityValid = (v: string) =>
    v.trim() === ""
      ? t.municipalityRequired
      : textLength(v.trim()) > ANSWER_LIMITS.municipality
        ? t.municipalityTooLong
        : true;
  given.municipality = (
    await ask(
      () =>
        prompter.input(t.municipalityQuestion, {
          ...(given.municipality ? { default: given.municipality } : {}),
          validate: municipalityValid,
        }),
      (typed) => {
        if (municipalityValid(typed) === true) given.municipality = typed.trim();
      },
    )
  ).trim();
  const code = normalizeGemeentecode(
    await ask(
      () =>
        prompter.input(t.gemeentecode, {
          ...(given.gemeentecode ? { default: given.gemeentecode } : {}),
          validate: (v) => (v.trim() === "" || normalizeGemeentecode(v) ? true : t.gemeentecodeInvalid),
        }),
      (typed) => {
        const typedCode = normalizeGemeentecode(typed);
        if (typedCode) given.gemeentecode = typedCode;
      },
    ),
  );
  if (code) given.gemeentecode = code;
  else delete given.gemeentecode;
  given.role = await prompter.select<Role>(
    t.role,
    ROLES.map((r) => ({ value: r, name: t.roleChoices[r] })),
    given.role,
  );
  const nameValid = (v: string) => (textLength(v.trim()) > ANSWER_LIMITS.name ? t.nameTooLong : true);
  const name = (
    await ask(
      () => prompter.input(t.name, { ...(given.name ? { default: given.name } : {}), validate: nameValid }),
      (typed) => {
        if (typed.trim() !== "" && nameValid(typed) === true) given.name = typed.trim();
      },
    )
  ).trim();
  if (name) given.name = name;
  else delete given.name;
  const day = given.date ?? o.today;
  const typed = await ask(
    () =>
      prompter.input(t.date, {
        default: t.dateDefault === "day-month-year" ? dutchDate(day) : day,
        validate: (v) => (parseDateInput(v) ? true : t.dateInvalid),
      }),
    (typedDate) => {
      const date = parseDateInput(typedDate);
      if (date) given.date = date;
    },
  );
  const date = parseDateInput(typed)!;
  given.date = date;
  const scope: Scope = c.hasPractice ? await askScope(c) : "legal";
  const { municipality, role } = given;
  return {
    municipality,
    ...(given.gemeentecode ? { gemeentecode: given.gemeentecode } : {}),
    role,
    ...(given.name ? { name: given.name } : {}),
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
