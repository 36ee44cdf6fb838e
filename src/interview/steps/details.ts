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
/**
 * What a detail typed at a prompt becomes: its value (undefined: left empty, which the detail
 * allows), or why it cannot be taken. One rule per detail, used by the prompt's check and by
 * Ctrl-C, which keeps the typed text only where the prompt would have taken it.
 */
type Taken<T> = { readonly value: T | undefined } | { readonly problem: string };

export async function askDetails(c: InterviewContext, given: DetailsSoFar = {}): Promise<Draft> {
  const { prompter, t, o } = c;
  /** Asks a detail by `take`; after Ctrl-C, a typed value the prompt would have taken goes to `keep`. */
  const ask = async <T>(
    question: string,
    shown: string | undefined,
    take: (typed: string) => Taken<T>,
    keep: (value: T) => void,
  ): Promise<T | undefined> => {
    const taken = (typed: string) => {
      const r = take(typed);
      return "problem" in r ? undefined : r;
    };
    try {
      const typed = await prompter.input(question, {
        ...(shown ? { default: shown } : {}),
        validate: (v) => {
          const r = take(v);
          return "problem" in r ? r.problem : true;
        },
      });
      return taken(typed)?.value;
    } catch (err) {
      if (err instanceof InterruptedError && err.extra.typed !== undefined) {
        const value = taken(err.extra.typed)?.value;
        if (value !== undefined) keep(value);
      }
      throw err;
    }
  };
  const keepIn =
    <K extends keyof DetailsSoFar>(key: K) =>
    (value: NonNullable<DetailsSoFar[K]>) => {
      given[key] = value;
    };

  const municipality = await ask(
    t.municipalityQuestion,
    given.municipality,
    (v): Taken<string> =>
      v.trim() === ""
        ? { problem: t.municipalityRequired }
        : textLength(v.trim()) > ANSWER_LIMITS.municipality
          ? { problem: t.municipalityTooLong }
          : { value: v.trim() },
    keepIn("municipality"),
  );
  given.municipality = municipality!;
  const code = await ask(
    t.gemeentecode,
    given.gemeentecode,
    (v): Taken<string> => {
      if (v.trim() === "") return { value: undefined };
      const normal = normalizeGemeentecode(v);
      return normal ? { value: normal } : { problem: t.gemeentecodeInvalid };
    },
    keepIn("gemeentecode"),
  );
  if (code) given.gemeentecode = code;
  else delete given.gemeentecode;
  given.role = await prompter.select<Role>(
    t.role,
    ROLES.map((r) => ({ value: r, name: t.roleChoices[r] })),
    given.role,
  );
  const name = await ask(
    t.name,
    given.name,
    (v): Taken<string> =>
      v.trim() === ""
        ? { value: undefined }
        : textLength(v.trim()) > ANSWER_LIMITS.name
          ? { problem: t.nameTooLong }
          : { value: v.trim() },
    keepIn("name"),
  );
  if (name) given.name = name;
  else delete given.name;
  const day = given.date ?? o.today;
  const date = await ask(
    t.date,
    t.dateDefault === "day-month-year" ? dutchDate(day) : day,
    (v): Taken<string> => {
      const parsed = parseDateInput(v);
      return parsed ? { value: parsed } : { problem: t.dateInvalid };
    },
    keepIn("date"),
  );
  given.date = date!;
  const scope: Scope = c.hasPractice ? await askScope(c) : "legal";
  const { role } = given;
  return {
    municipality: given.municipality,
    ...(given.gemeentecode ? { gemeentecode: given.gemeentecode } : {}),
    role,
    ...(given.name ? { name: given.name } : {}),
    date: given.date,
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
