// Kept so that branches written against the old module still compile: the output code now lives
// in output.ts (npm's write-file-atomic, refusing an input as output, streamed outputs).
export { outputFormat, writeFileAtomic, writeOutput } from "./output.js";
