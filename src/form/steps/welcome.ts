// The welcome step: what the zelftest is, where the answers stay, continue or start over when the
// browser holds answers of an earlier time, and the blank paper questionnaire.
import { append, h } from "../dom.js";
import { createFlow } from "../../flow/question-flow.js";
import type { Scope } from "../../flow/question-flow.js";
import { dutchDate } from "../../flow/date-input.js";
import type { FormContext } from "../context.js";
import { isoDate } from "../dates.js";
import { inviteOf } from "../closing/invite.js";
import { GROUP_FORM_TEXT } from "../../messages/group-form.js";
import { formatDate } from "../../messages/intl.js";

export function renderWelcome(ctx: FormContext): string {
  const { t, sizes, hasPractice, saved, shell } = ctx;
  const main = shell.main;
  const intro = t
    .welcome(sizes.legal, hasPractice ? sizes.all - sizes.legal : 0, ctx.vngRows)
    .map((p) => h("p", {}, p));
  const privacy = h(
    "div",
    { class: "zf-notice" },
    h("p", {}, t.privacy),
    h("p", {}, ctx.env.store.available ? t.storageOn : t.storageOff),
  );
  const g = GROUP_FORM_TEXT[ctx.lang];
  const invite = inviteOf(ctx);
  const invited =
    invite.contact || invite.deadline
      ? h(
          "p",
          { class: "zf-notice zf-invited" },
          g.invited(invite.contact, invite.deadline ? formatDate(invite.deadline, ctx.lang) : undefined),
        )
      : null;
  const actions = h("div", { class: "zf-buttons" });
  if (saved && (saved.draft.municipality || Object.keys(saved.draft.answers).length > 0)) {
    const p = createFlow(ctx.q, saved.draft.scope).progress(new Map(Object.entries(saved.draft.answers)));
    const when = saved.savedAt ? new Date(saved.savedAt) : undefined;
    const whenText =
      when && !Number.isNaN(when.getTime())
        ? `${dutchDate(isoDate(when))} ${String(when.getHours()).padStart(2, "0")}:${String(when.getMinutes()).padStart(2, "0")}`
        : "";
    const confirm = h(
      "div",
      { class: "zf-confirm", hidden: true },
      h("p", { id: "zf-confirm-text" }, t.startOverConfirm),
      h(
        "div",
        { class: "zf-buttons" },
        h(
          "button",
          {
            type: "button",
            class: "zf-button zf-warning",
            "aria-describedby": "zf-confirm-text",
            onclick: () => ctx.startOver(),
          },
          t.startOverYes,
        ),
        h(
          "button",
          {
            type: "button",
            class: "zf-button zf-secondary",
            onclick: () => {
              confirm.hidden = true;
              startOverButton.focus();
            },
          },
          t.startOverNo,
        ),
      ),
    );
    const startOverButton = h(
      "button",
      {
        type: "button",
        class: "zf-button zf-secondary",
        onclick: () => {
          confirm.hidden = false;
          confirm.querySelector("button")?.focus();
        },
      },
      t.startOver,
    );
    append(actions, [
      h(
        "button",
        {
          type: "button",
          class: "zf-button",
          onclick: () => ctx.show(saved.at.step === "welcome" ? { step: "details" } : saved.at),
        },
        t.continue,
      ),
      startOverButton,
    ]);
    append(main, [
      h("h1", {}, ctx.appTitle),
      intro,
      invited,
      privacy,
      h("h2", {}, g.fillInTitle),
      h("p", { class: "zf-draft" }, t.draftFound(saved.draft.municipality, p.done, p.total, whenText)),
      actions,
      confirm,
    ]);
  } else {
    append(actions, [
      h("button", { type: "button", class: "zf-button", onclick: () => ctx.show({ step: "details" }) }, t.start),
    ]);
    append(main, [h("h1", {}, ctx.appTitle), intro, invited, privacy, h("h2", {}, g.fillInTitle), actions]);
  }
  // The chair's and the officer's work with several files: merging the members' answers, comparing.
  const mode = (step: "merge" | "compare", label: string, offer: string) =>
    h(
      "li",
      {},
      h("p", {}, offer),
      h("button", { type: "button", class: "zf-button zf-secondary", onclick: () => ctx.show({ step }) }, label),
    );
  append(main, [
    h("h2", {}, g.tableTitle),
    h("p", {}, g.tableIntro),
    h(
      "ul",
      { class: "zf-modes" },
      mode("merge", g.mergeButton, g.mergeOffer),
      mode("compare", g.compareButton, g.compareOffer),
    ),
  ]);
  const printBlank = (scope: Scope) => () => ctx.printBlank(scope);
  append(main, [
    h("h2", {}, t.paperHeading),
    h("p", {}, t.paperOffer),
    h(
      "ul",
      { class: "zf-print-choices" },
      h(
        "li",
        {},
        h(
          "button",
          { type: "button", class: "zf-link", onclick: printBlank("legal") },
          t.printBlank(t.scopeLegal(sizes.legal, ctx.vngRows)),
        ),
      ),
      hasPractice
        ? h(
            "li",
            {},
            h(
              "button",
              { type: "button", class: "zf-link", onclick: printBlank("all") },
              t.printBlank(t.scopeAll(sizes.all, ctx.vngRows)),
            ),
          )
        : null,
    ),
  ]);
  return t.welcomeTitle;
}
