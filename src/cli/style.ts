// Terminal colours through chalk, loaded only when colour is wanted (keeps start-up lean).
import type { Style } from "../report/render-summary.js";
import { PLAIN } from "../report/render-summary.js";
import type { ItemStatus } from "../model/vocabulary.js";
import type { Io } from "./io.js";
import { wantsColor } from "./io.js";

export async function makeStyle(io: Io, stream: "stdout" | "stderr"): Promise<Style & { error(s: string): string }> {
  if (!wantsColor(io, stream)) return { ...PLAIN, error: (s) => s };
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level: 1 });
  const colours: Record<ItemStatus, (s: string) => string> = {
    voldoet: c.green,
    deels: c.yellow,
    onbekend: c.magenta,
    "voldoet-niet": c.red,
    "niet-van-toepassing": c.dim,
  };
  return { bold: c.bold, dim: c.dim, status: (status, s) => colours[status](s), error: c.red.bold };
}
