// Synthetic valid answer files for batch tests: the benchmark's generator, one copy for both.
export { makeAnswerFiles } from "../../bench/synthetic.mjs";
