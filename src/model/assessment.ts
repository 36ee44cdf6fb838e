// The scored result of one answer set (docs/scoring.md). A plain JSON-serialisable object: renderers
// and the `--json` output take only this.
import type { AnswerValue, ItemStatus, Level, Role, Verdict } from "./vocabulary.js";

export interface ItemResult {
  readonly id: string;
  readonly level: Level;
  readonly weight: number;
  readonly answer: AnswerValue | null;
  readonly status: ItemStatus;
  /** 1, 0.5 or 0; null when the item does not apply. */
  readonly points: number | null;
  readonly note?: string;
  readonly evidence?: string;
}

export interface StatusCounts {
  readonly voldoet: number;
  readonly deels: number;
  readonly onbekend: number;
  readonly "voldoet-niet": number;
  readonly "niet-van-toepassing": number;
  /** Of the `onbekend` items, how many were not answered at all (the rest are `weet-niet`). */
  readonly onbeantwoord: number;
}

export interface ThemeResult {
  readonly id: string;
  readonly verdict: Verdict | null;
  readonly score: number | null;
  readonly practiceVerdict: Verdict | null;
  readonly practiceScore: number | null;
  readonly items: readonly ItemResult[];
}

export interface Assessment {
  readonly questionnaire: { readonly id: string; readonly version: string; readonly contentHash: string };
  readonly answersVersion: string;
  readonly municipality: string;
  readonly respondent: { readonly role: Role; readonly name?: string };
  readonly date: string;
  /** Legal verdict and score over all `wettelijk` items; null only for a questionnaire without any. */
  readonly verdict: Verdict | null;
  readonly score: number | null;
  readonly practiceVerdict: Verdict | null;
  readonly practiceScore: number | null;
  readonly counts: { readonly wettelijk: StatusCounts; readonly aanbeveling: StatusCounts };
  readonly themes: readonly ThemeResult[];
}
