// Stands in for node:child_process inside the bundled commander (scripts/bundle.mjs). commander
// requires child_process when it loads, only to start executable subcommands, which zelftest does
// not have; loading child_process (with net, dgram and streams) costs ~10 ms at every start. The
// real module is loaded on first use, so commander behaves exactly as before.
let real;
module.exports = new Proxy(
  {},
  {
    get(_, key) {
      real ??= require("node:child_process");
      return real[key];
    },
  },
);
