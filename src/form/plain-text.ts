// Which texts of a questionnaire need the Markdown renderer in the form (dom.ts, rich): pure, so
// that a test can hold it against the renderer (test/form/plain-text.test.ts).

/**
 * Nothing that inline Markdown (report/rich-text.ts: GFM, inline only) would turn into markup:
 * no emphasis, code, link, image, tag, entity, escape, strike-through, line break or bare link.
 */
export const PLAIN = /^(?![\s\S]*(?:https?:|ftp:|mailto:|www\.))[^*_`[\]<>&\\~!@\n\r]*$/i;
