// The details step: the municipality (and its CBS code), who answers, a name, the date and the
// scope. Checked when the person continues, with an error beside each field. What the officer fixed
// when making the form (`formulier --municipality --municipality-code --role`) is shown as fixed:
// read-only fields that say so, and the draft always takes those values.
import { append, h } from "../dom.js";
import { dutchDate, parseDateInput } from "../../flow/date-input.js";
import { normalizeGemeentecode } from "../../model/municipality.js";
import { ANSWER_LIMITS, textLength } from "../../model/answer-limits.js";
import { isRole, ROLES } from "../../model/vocabulary.js";
import { field, radio, radioGroup } from "../components/field.js";
import type { FieldError, FormContext } from "../context.js";
import { inviteOf } from "../closing/invite.js";
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";

/** Makes a text field read-only with the fixed value, described by the hint that says it is fixed. */
function fix(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.readOnly = true;
  input.classList.add("zf-fixed");
  input.setAttribute("aria-describedby", "zf-fixed-hint");
}

export function renderDetails(ctx: FormContext): string {
  const { t, sizes, hasPractice, state } = ctx;
  const draft = state.draft;
  const fixed = inviteOf(ctx);
  const g = GROUP_FORM_TEXT[ctx.lang];
  const form = h("form", { novalidate: true, class: "zf-form" });
  const municipality = h("input", {
    type: "text",
    id: "zf-municipality",
    name: "municipality",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "zf-municipality-hint",
  });
  municipality.value = draft.municipality;
  municipality.maxLength = ANSWER_LIMITS.municipality;
  const name = h("input", { type: "text", id: "zf-name", name: "name", autocomplete: "name" });
  name.maxLength = ANSWER_LIMITS.name;
  name.value = draft.name;
  const date = h("input", {
    type: "text",
    id: "zf-date",
    name: "date",
    autocomplete: "off",
    "aria-describedby": "zf-date-hint",
    class: "zf-date",
  });
  date.value = draft.dateText;
  const picker = h("input", { type: "date", id: "zf-date-picker", class: "zf-date-picker" });
  picker.value = parseDateInput(draft.dateText) ?? "";
  picker.addEventListener("change", () => {
    if (picker.value) date.value = dutchDate(picker.value);
  });
  date.addEventListener("change", () => {
    picker.value = parseDateInput(date.value) ?? "";
  });
  const code = h("input", {
    type: "text",
    id: "zf-gemeentecode",
    name: "gemeentecode",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "zf-gemeentecode-hint",
    class: "zf-code",
  });
  code.value = typeof draft.extra.gemeentecode === "string" ? draft.extra.gemeentecode : "";
  if (fixed.municipality !== undefined) fix(municipality, fixed.municipality);
  if (fixed.gemeentecode !== undefined) fix(code, fixed.gemeentecode);
  const roles = ROLES.map((r) => radio("zf-role", `zf-role-${r}`, r, t.roleChoices[r], draft.role === r));
  // A textarea: the role's words are longer than a field is wide on a phone.
  const fixedRole = h("textarea", { id: "zf-role-fixed", rows: 2 });
  if (fixed.role !== undefined) fix(fixedRole, t.roleChoices[fixed.role]);
  const anyFixed = fixed.municipality !== undefined || fixed.gemeentecode !== undefined || fixed.role !== undefined;
  const scopes = (["legal", "all"] as const).map((s) =>
    radio(
      "zf-scope",
      `zf-scope-${s}`,
      s,
      s === "legal" ? t.scopeLegal(sizes.legal, ctx.vngRows) : t.scopeAll(sizes.all, ctx.vngRows),
      draft.scope === s,
    ),
  );
  append(form, [
    anyFixed ? h("p", { class: "zf-notice", id: "zf-fixed-hint" }, `${g.fixedField}. ${g.fixedHint}`) : null,
    fixed.municipality !== undefined
      ? field("zf-municipality", t.municipality, municipality)
      : field("zf-municipality", t.municipality, municipality, t.municipalityHint),
    fixed.gemeentecode !== undefined
      ? field("zf-gemeentecode", t.gemeentecode, code)
      : field("zf-gemeentecode", `${t.gemeentecode} ${t.optional}`, code, t.gemeentecodeHint),
    fixed.role !== undefined ? field("zf-role-fixed", t.role, fixedRole) : radioGroup("zf-role", t.role, roles),
    field("zf-name", `${t.name} ${t.optional}`, name),
    h(
      "div",
      { class: "zf-field", id: "zf-date-field" },
      h("label", { for: "zf-date" }, t.date),
      h("p", { class: "zf-hint", id: "zf-date-hint" }, t.dateHint),
      date,
      h("div", { class: "zf-picker" }, h("label", { for: "zf-date-picker" }, t.datePicker), picker),
    ),
    hasPractice ? radioGroup("zf-scope", t.scope, scopes) : null,
    h(
      "div",
      { class: "zf-buttons" },
      h(
        "button",
        { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.show({ step: "welcome" }) },
        t.previous,
      ),
      h("button", { type: "submit", class: "zf-button" }, t.next),
    ),
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    draft.municipality = fixed.municipality ?? municipality.value;
    draft.name = name.value;
    draft.dateText = date.value.trim();
    const role = fixed.role ?? form.querySelector<HTMLInputElement>('input[name="zf-role"]:checked')?.value;
    draft.role = isRole(role) ? role : "";
    const scope = form.querySelector<HTMLInputElement>('input[name="zf-scope"]:checked')?.value;
    ctx.setScope(scope === "all" ? "all" : "legal");
    const errors: FieldError[] = [];
    if (draft.municipality.trim() === "") errors.push({ id: "zf-municipality", message: t.municipalityRequired });
    else if (textLength(draft.municipality.trim()) > ANSWER_LIMITS.municipality)
      errors.push({ id: "zf-municipality", message: t.municipalityTooLong });
    // The code as people type it (GM0177, gm0177, 177), written as the CBS form, as the interview does.
    const typedCode = fixed.gemeentecode ?? code.value.trim();
    const gemeentecode = typedCode === "" ? undefined : normalizeGemeentecode(typedCode);
    if (typedCode !== "" && gemeentecode === undefined) {
      errors.push({ id: "zf-gemeentecode", message: t.gemeentecodeInvalid });
    } else {
      const { gemeentecode: _old, ...rest } = draft.extra;
      draft.extra = gemeentecode === undefined ? rest : { ...rest, gemeentecode };
      if (gemeentecode !== undefined) code.value = gemeentecode;
    }
    if (draft.role === "") errors.push({ id: `zf-role-${ROLES[0]}`, message: t.roleRequired });
    if (textLength(draft.name.trim()) > ANSWER_LIMITS.name) errors.push({ id: "zf-name", message: t.nameTooLong });
    if (draft.dateText === "") errors.push({ id: "zf-date", message: t.dateRequired });
    else if (!parseDateInput(draft.dateText)) errors.push({ id: "zf-date", message: t.dateInvalid });
    ctx.save();
    if (errors.length > 0) return ctx.showFieldErrors(form, errors);
    ctx.show(state.continueAt());
  });
  append(ctx.shell.main, [h("h1", {}, t.detailsTitle), form]);
  return t.detailsTitle;
}
