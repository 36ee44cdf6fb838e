// The scored result of one answer set (docs/scoring.md). A plain JSON-serialisable object: renderers
// and the `--json` output take only this.
import type { Dissent, Group, Votes } from "./answers.js";
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
  /** Group answers only: how the members answered, and who answered differently. */
  readonly votes?: Votes;
  readonly dissent?: readonly Dissent[];
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
  /** The VNG lens: the theme's rows of the VNG zelftest (its legal items when none is marked); null without any. */
  readonly verdict: Verdict | null;
  readonly score: number | null;
  /** The law lens: the theme's legal items with `legal.kind: wet`; null without any. */
  readonly lawVerdict: Verdict | null;
  readonly lawScore: number | null;
  /** At least one good-practice item of this theme was answered. */
  readonly practiceFilledIn: boolean;
  /** Null where the theme has no good-practice item, or none of them was answered (practiceFilledIn false). */
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
  /** Present when the answers are a group answer: the rule and the members it was made from. */
  readonly group?: Group;
  /**
   * The VNG lens: verdict and score over the rows of the VNG zelftest (`legal.vng2015`), or over
   * every legal item when the questionnaire marks none (custom and pre-1.3 questionnaires); null
   * only for a questionnaire without legal items.
   */
  readonly verdict: Verdict | null;
  readonly score: number | null;
  /** The law lens: verdict and score over the legal items with `legal.kind: wet`; null without any. */
  readonly lawVerdict: Verdict | null;
  readonly lawScore: number | null;
  /** At least one good-practice item was answered; until then good practice is "not filled in". */
  readonly practiceFilledIn: boolean;
  /** Null when good practice was not filled in (practiceFilledIn false) or the questionnaire has none. */
  readonly practiceVerdict: Verdict | null;
  readonly practiceScore: number | null;
  /** Per set of items, how many have each status: all legal items, the VNG lens, the law lens, good practice. */
  readonly counts: {
    readonly wettelijk: StatusCounts;
    readonly vng: StatusCounts;
    readonly wet: StatusCounts;
    readonly aanbeveling: StatusCounts;
  };
  readonly themes: readonly ThemeResult[];
}
