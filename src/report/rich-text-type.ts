// The type of a text written by the questionnaire's author, shared by the report's view builders
// (its own module, so build-report and build-plan do not import each other).

/** Text written by the questionnaire's author: may contain inline Markdown (emphasis, links). */
export interface RichText {
  readonly rich: string;
}
