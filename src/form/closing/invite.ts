// What the officer fixed when making the form (`zelftest formulier --municipality … --contact …
// --deadline …`, docs/form.md): read from the page's data block.
import type { FormContext } from "../context.js";
import type { Invitation } from "../page-data.js";

export function inviteOf(ctx: Pick<FormContext, "data">): Invitation {
  return ctx.data.invitation ?? {};
}

/** Whether the form ends with the closing step (it says where to send the file, or by when). */
export const hasClosingStep = (ctx: Pick<FormContext, "data">) =>
  Boolean(inviteOf(ctx).contact || inviteOf(ctx).deadline);
