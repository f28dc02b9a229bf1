/**
 * Which built files the service worker precaches (decision 080). Used by vite.config.ts at build time; the app
 * itself never imports it.
 *
 * Precaching every file (~80) made a first visit's taps slow while the worker installed, so only what must work
 * with no network is precached: the shell (index.html, its entry script and what that imports, its styles), the
 * quick exit's neutral page, the icons, and the screens a frightened person may need offline. Every other script
 * and stylesheet is cached the first time it is fetched, so a screen opened once online opens offline after.
 */

/** One record of Vite's build manifest (dist/.vite/manifest.json), as far as this needs it. */
export interface ViteChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export type ViteManifest = Record<string, ViteChunk>;

/**
 * The sources whose screens open offline: the welcome screen (the installed app's start when signed out), the
 * calm tools the home-screen shortcuts open, and the crisis lines.
 */
export const OFFLINE_SCREENS = [
  'src/features/auth/welcome-page.tsx',
  'src/features/feelings/breathing-page.tsx',
  'src/features/feelings/grounding-page.tsx',
  'src/features/feelings/help-page.tsx',
] as const;

/**
 * The output files (relative to dist, e.g. `assets/index-abc.js`) of the entry and the given screens, with every
 * chunk and stylesheet they import statically. Throws when a screen is missing from the build: an offline tool
 * that quietly stopped being precached is the failure this guards against.
 */
export function offlineFiles(
  manifest: ViteManifest,
  screens: readonly string[] = OFFLINE_SCREENS,
): Set<string> {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length === 0) throw new Error('The build manifest has no entry');
  for (const screen of screens)
    if (!manifest[screen]) throw new Error(`The offline screen ${screen} is not in the build manifest`);
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest names ${key} but has no record of it`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [...entries, ...screens]) visit(key);
  return files;
}

/**
 * Keeps in the precache list the files that are not built scripts or stylesheets (the page, icons, the manifest,
 * the push handlers) and the built ones `keep` names.
 */
export function precacheOnly<T extends { url: string }>(entries: T[], keep: Set<string>): T[] {
  const path = (entry: T) => entry.url.replace(/^\//, '');
  // A list from another build (a stale manifest) would name files this one does not have, and the offline
  // screens would quietly drop out of the precache.
  const built = new Set(entries.map(path));
  for (const file of keep)
    if (!built.has(file)) throw new Error(`${file} is to be precached but is not in this build`);
  return entries.filter((entry) => {
    const url = path(entry);
    return !/\.(js|css)$/.test(url) || !url.startsWith('assets/') || keep.has(url);
  });
}
