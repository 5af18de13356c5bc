/**
 * A line's name for a reader: in their language where a source gives one, otherwise the
 * organisation's own name, with the kind of service as a code the widget words in the reader's
 * language ("Helpline for women facing violence").
 */
import type { Hotline, ServiceKind } from './schema.js';

/** A name to show, and whether it is in the reader's language. */
export interface DisplayName {
  /** The name to show. */
  readonly text: string;
  /** The language tag of `text` (`en` when only the English name exists). */
  readonly lang: string;
  /** `true` when `text` is in the reader's language (same language subtag). */
  readonly inReaderLanguage: boolean;
  /** What kind of service it is, for a translated line under a name in another language; `null` in old files. */
  readonly kind: ServiceKind | null;
  /** The name in the organisation's own language when `text` is not it (`다누리콜센터`), for a caller who must say it. */
  readonly ownName: { readonly text: string; readonly lang: string } | null;
}

/**
 * Readers of the region's languages, for whom a line's Russian name — the name most of the region's
 * organisations give themselves — reads better than an English one, and is what they say on the phone.
 */
const readsRussianNames = new Set(['kk', 'ky', 'uz', 'tg', 'tk']);

/**
 * The name of `hotline` for a reader of `locale`: the exact tag, then any tag of the same
 * language; otherwise, for a reader of the region's languages, the Russian name where the data has
 * one (the organisation's own, in most of the region); otherwise the English name (Latin script,
 * readable by most) with the organisation's own name beside it. Whenever the name is not in the
 * reader's language, `inReaderLanguage` is `false` so the widget adds the translated kind of service.
 */
export function hotlineDisplayName(hotline: Pick<Hotline, 'name' | 'kind'>, locale = 'en'): DisplayName {
  const { name } = hotline;
  const kind = hotline.kind ?? null;
  const language = locale.split('-')[0]!.toLowerCase();
  const keys = Object.keys(name);
  const exact = keys.find((k) => k.toLowerCase() === locale.toLowerCase());
  const chosen = exact ?? keys.find((k) => k.split('-')[0]!.toLowerCase() === language);
  const ownKey = keys.find((k) => k !== 'en' && k !== chosen);
  const ownName = ownKey ? { text: name[ownKey]!, lang: ownKey } : null;
  if (chosen) return { text: name[chosen]!, lang: chosen, inReaderLanguage: true, kind, ownName: chosen === 'en' ? ownName : null };
  if (name.ru && readsRussianNames.has(language)) return { text: name.ru, lang: 'ru', inReaderLanguage: false, kind, ownName: null };
  return { text: name.en!, lang: 'en', inReaderLanguage: false, kind, ownName };
}
