/**
 * How the all-in-one IIFE fetches what it does not carry (issue 19): each language's translations,
 * each country's hotline data, the offer rules and the whole hotline file for the SDK are classic
 * scripts in the `iife/` folder beside it, built by scripts/iife-parts.mjs. Each one hands its
 * exports to the function this module installs, and is loaded with the SHA-384 hash the build wrote
 * into the IIFE as its `integrity`, so the IIFE's own hash covers every part, and a part whose bytes
 * differ is refused by the browser before it runs.
 *
 * Classic scripts rather than `fetch()`: a host page whose Content-Security-Policy lists the IIFE's
 * folder in `script-src` needs nothing more (no `connect-src`, no `'unsafe-eval'`); only a page that
 * enforces Trusted Types must allow the `safe-migration-kit` policy, which refuses any URL outside
 * that folder.
 */

/** The key of the function each part calls with its exports (scripts/iife-parts.mjs writes the call). */
const registerKey = Symbol.for('safe-migration-kit.part');

// Only while the IIFE's own code first runs does `currentScript` name it.
const own = document.currentScript;
const folder = own instanceof HTMLScriptElement && own.src ? new URL('./', own.src).href : undefined;

/** Parts that have run, by file, until their loader takes them. */
const arrived = new Map<string, Record<string, unknown>>();
/** Parts being loaded or loaded, by file: each is fetched once, again after a failure. */
const loading = new Map<string, Promise<Record<string, unknown>>>();

(globalThis as Record<symbol, unknown>)[registerKey] = (file: string, exports: Record<string, unknown>) => {
  arrived.set(file, exports);
};

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | null | undefined;

/** The URL as the page lets a script's `src` take it: through the kit's Trusted Types policy where there is one. */
function scriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (policy === undefined) {
    try {
      policy = factory
        ? factory.createPolicy('safe-migration-kit', {
            createScriptURL: (candidate) => {
              if (!folder || !candidate.startsWith(`${folder}iife/`)) throw new TypeError(`safe-migration-kit: ${candidate} is not a part of this build`);
              return candidate;
            },
          })
        : null;
    } catch {
      // The page does not allow the policy by name: a page that does not enforce Trusted Types takes the string.
      policy = null;
    }
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}

/**
 * Loads the part `file` (a path in dist/cdn) once per page, checked against `integrity`; resolves
 * with its exports. A part that fails to load or does not match its hash rejects, and is tried
 * again on the next call (a flaky mobile network), so the widgets show their "Try again" as they do
 * when a chunk of the module build fails.
 */
export function loadPart<T = Record<string, unknown>>(file: string, integrity: string): Promise<T> {
  let found = loading.get(file);
  if (!found) {
    found = new Promise<Record<string, unknown>>((resolve, reject) => {
      if (!folder) {
        reject(new Error(`safe-migration-kit: the IIFE cannot tell its own folder (document.currentScript), so it cannot load ${file}`));
        return;
      }
      const script = document.createElement('script');
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
      script.onload = () => {
        script.remove();
        const exports = arrived.get(file);
        arrived.delete(file);
        if (exports) resolve(exports);
        else reject(new Error(`safe-migration-kit: ${file} ran but did not register itself`));
      };
      script.onerror = () => {
        script.remove();
        reject(new Error(`safe-migration-kit: ${file} could not be loaded, or does not match its integrity hash, so it was not run`));
      };
      try {
        script.src = scriptUrl(folder + file);
      } catch (error) {
        reject(error);
        return;
      }
      document.head.append(script);
    }).catch((error: unknown) => {
      loading.delete(file);
      throw error;
    });
    loading.set(file, found);
  }
  return found as Promise<T>;
}

/** A list of parts, as a language's list part carries it: each part's file and hash, by name. */
type PartList = Record<string, readonly [file: string, integrity: string]>;

/**
 * Loads the list part `file` (a language's translation parts, with their hashes), checked against
 * `integrity`; resolves with a loader for each part it lists, as src/generated/locale-index/ gives
 * the module build (`loaders`).
 */
export function loadPartList(file: string, integrity: string): Promise<{ loaders: Record<string, () => Promise<unknown>> }> {
  return loadPart<{ parts: PartList }>(file, integrity).then(({ parts }) => ({
    loaders: Object.fromEntries(Object.entries(parts).map(([name, [part, hash]]) => [name, () => loadPart(part, hash)])),
  }));
}
