/** A same-site path to return to after signing in, or `fallback`; never another origin. */
export function safeNextPath(raw: string | null | undefined, fallback = '/today'): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  return raw;
}

/** `path` with `?next=` when there is somewhere to go back to. */
export function withNext(path: string, next: string | null | undefined): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
