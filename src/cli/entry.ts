// What bin/zelftest.js loads: the command line and the real process's input and output, in one
// entry of the bundle (one entry fewer means fewer shared chunks to load at every start).
export { nodeIo } from "./io.js";
export { main } from "./main.js";
