/**
 * Loads hotline data from a URL with ky: a timeout per attempt, retries with backoff, ETag
 * revalidation (the ETag and data are kept in memory only, never in storage), zod validation, and
 * by default a fallback to the bundled data with a flag saying so.
 */
import ky, { HTTPError, NetworkError, TimeoutError } from 'ky';
import { bundledHotlineData } from './bundled.js';
import { HotlineDirectory } from './directory.js';
import { HotlineDataError, HotlineLoadError } from './errors.js';
import type { HotlineData } from './schema.js';
import { parseHotlineData } from './validate.js';
import { transportSecurity } from '../rules.js';

/** Options for `loadHotlineDirectory`. */
export interface LoadHotlinesOptions {
  /** Milliseconds each attempt may take before it is abandoned (default 8,000). */
  timeout?: number;
  /** How many times to try again after a network error, a timeout or a 5xx answer (default 2). */
  retries?: number;
  /** Milliseconds to wait before retry number `attempt` (default 300 ms, doubling, at most 3 s). */
  retryDelay?: (attempt: number) => number;
  /** Cancels the request; a cancelled load throws `HotlineLoadError` (`hotline/load-aborted`) and never falls back. */
  signal?: AbortSignal;
  /**
   * When loading fails, use the bundled data and say so in `origin` (default `true`). With `false`
   * the `HotlineLoadError` or `HotlineDataError` is thrown.
   */
  fallback?: boolean;
  /** Largest file accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

interface CacheEntry {
  etag: string;
  data: HotlineData;
}

/** ETag and data per URL, for this page or process only. */
const cache = new Map<string, CacheEntry>();

/** Forgets every remembered ETag (for tests, or to force a full download). */
export function clearHotlineCache(): void {
  cache.clear();
}

function toLoadError(error: unknown, url: string, signal: AbortSignal | undefined): HotlineLoadError | HotlineDataError {
  if (error instanceof HotlineDataError || error instanceof HotlineLoadError) return error;
  if (signal?.aborted) return new HotlineLoadError('hotline/load-aborted', url, { cause: error });
  if (error instanceof TimeoutError) return new HotlineLoadError('hotline/load-timeout', url, { cause: error });
  if (error instanceof HTTPError) return new HotlineLoadError('hotline/load-http-status', url, { cause: error, status: error.response.status });
  if (error instanceof NetworkError) return new HotlineLoadError('hotline/load-network', url, { cause: error });
  return new HotlineLoadError('hotline/load-network', url, { cause: error });
}

/**
 * Refuses an address before any request: a scheme other than `http:`/`https:`, or plain `http:` to
 * another machine (a wrong phone number slipped in on the way could cost a life). A relative
 * address is left to the page it resolves against, as `fetch` does.
 */
function checkAddress(url: string): void {
  const security = transportSecurity(url);
  if (security === 'not-web') throw new HotlineLoadError('hotline/load-url-invalid', url);
  if (security === 'insecure') throw new HotlineLoadError('hotline/load-insecure', url);
}

async function fetchData(url: string, options: LoadHotlinesOptions): Promise<HotlineDirectory> {
  checkAddress(url);
  const cached = cache.get(url);
  const maxBytes = options.maxBytes ?? 5_000_000;
  const response = await ky.get(url, {
    timeout: options.timeout ?? 8000,
    retry: {
      limit: options.retries ?? 2,
      retryOnTimeout: true,
      delay: options.retryDelay ?? ((attempt) => Math.min(3000, 300 * 2 ** (attempt - 1))),
    },
    signal: options.signal,
    headers: cached ? { 'If-None-Match': cached.etag, Accept: 'application/json' } : { Accept: 'application/json' },
    throwHttpErrors: (status) => status !== 304,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (response.status === 304) {
    if (!cached) throw new HotlineLoadError('hotline/load-http-status', url, { status: 304 });
    return new HotlineDirectory(cached.data, { kind: 'remote', url, etag: cached.etag, notModified: true });
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > maxBytes) {
    throw new HotlineDataError('hotline/data-invalid', [{ path: '$', code: 'too-large', message: `is ${length} bytes, more than ${maxBytes}` }], { url });
  }
  const text = await response.text();
  if (text.length > maxBytes) {
    throw new HotlineDataError('hotline/data-invalid', [{ path: '$', code: 'too-large', message: `is more than ${maxBytes} characters` }], { url });
  }
  const data = parseHotlineData(text, { url });
  const etag = response.headers.get('etag');
  if (etag) cache.set(url, { etag, data });
  else cache.delete(url);
  return new HotlineDirectory(data, { kind: 'remote', url, etag, notModified: false });
}

/**
 * Loads a hotline data file from `src` (absolute, or relative to the page in a browser) and returns
 * a directory over it. Only `https:` is loaded, or plain `http:` from this machine (`localhost`,
 * `127.0.0.1`, `[::1]`); any other address fails with `hotline/load-url-invalid` or
 * `hotline/load-insecure` before a request is made. A second load of the same URL sends `If-None-Match` and reuses the data on
 * 304. When loading or validation fails, returns the bundled directory with `origin.kind`
 * `bundled-fallback` and the typed error in `origin.error` — unless `fallback` is `false`, or the
 * caller aborted.
 */
export async function loadHotlineDirectory(src: string | URL, options: LoadHotlinesOptions = {}): Promise<HotlineDirectory> {
  const url = typeof src === 'string' ? src : src.href;
  try {
    return await fetchData(url, options);
  } catch (caught) {
    const error = toLoadError(caught, url, options.signal);
    if (options.fallback === false || (error instanceof HotlineLoadError && error.code === 'hotline/load-aborted')) throw error;
    return new HotlineDirectory(bundledHotlineData, { kind: 'bundled-fallback', url, error });
  }
}
