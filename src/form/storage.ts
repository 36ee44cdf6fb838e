// The browser's copy of the answers (localStorage). A convenience: the downloaded answer file is
// the real save. Storage may be missing or throw (blocked cookies, a policy of the organisation,
// a private window, file:// in some browsers), so it is probed at start and every use is guarded.
// One key per questionnaire id + version + content hash, so that two forms never share answers.
import type { Questionnaire } from "../model/questionnaire.js";

export interface Store {
  /** Whether the browser keeps what is written (probed at start). */
  readonly available: boolean;
  read(): unknown;
  write(value: unknown): boolean;
  clear(): void;
  /** Calls `listener` with the new value when another tab or window of the same form writes it. */
  subscribe(listener: (value: unknown) => void): void;
}

/** The key of the answers being filled in; a part of the form with its own copy (e.g. "samenvoegen") adds its name. */
export function storageKey(q: Questionnaire, part?: string): string {
  return `zelftest-formulier:${q.id}:${q.version}:${q.contentHash.slice(0, 16)}${part ? `:${part}` : ""}`;
}

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function openStore(q: Questionnaire, part?: string): Store {
  const key = storageKey(q, part);
  const storage = localStorageOrNull();
  let available = false;
  if (storage) {
    try {
      const probe = `${key}:probe`;
      storage.setItem(probe, "1");
      available = storage.getItem(probe) === "1";
      storage.removeItem(probe);
    } catch {
      available = false;
    }
  }
  return {
    available,
    read() {
      if (!available || !storage) return undefined;
      try {
        const text = storage.getItem(key);
        return text === null ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return undefined;
      }
    },
    write(value) {
      if (!available || !storage) return false;
      try {
        storage.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // nothing to clear
      }
    },
    subscribe(listener) {
      // The storage event fires in the other documents of the same origin, never in the writer.
      globalThis.addEventListener?.("storage", (e: StorageEvent) => {
        if (!available || e.key !== key || e.newValue === null) return;
        try {
          listener(JSON.parse(e.newValue) as unknown);
        } catch {
          // not ours to read: ignored, as at start
        }
      });
    },
  };
}
