import { describe, expect, it } from 'vitest';
import { OFFLINE_SCREENS, offlineFiles, precacheOnly, type ViteManifest } from './offline-precache';

// A build manifest in Vite's shape: the entry, three screens, shared chunks, one screen with its own styles.
const manifest: ViteManifest = {
  'index.html': {
    file: 'assets/index-1.js',
    isEntry: true,
    imports: ['_react-1.js'],
    css: ['assets/index-1.css'],
  },
  '_react-1.js': { file: 'assets/react-1.js' },
  '_field-1.js': { file: 'assets/field-1.js', imports: ['_react-1.js'] },
  '_coach-1.js': { file: 'assets/coach-1.js' },
  'src/calm.tsx': { file: 'assets/calm-1.js', imports: ['index.html', '_field-1.js'] },
  'src/talk.tsx': {
    file: 'assets/talk-1.js',
    imports: ['index.html', '_field-1.js', '_coach-1.js'],
    css: ['assets/talk-1.css'],
  },
};

describe('offlineFiles', () => {
  it('takes the entry and the chosen screens with everything they import, and nothing else', () => {
    expect([...offlineFiles(manifest, ['src/calm.tsx'])].sort()).toEqual([
      'assets/calm-1.js',
      'assets/field-1.js',
      'assets/index-1.css',
      'assets/index-1.js',
      'assets/react-1.js',
    ]);
  });

  it("brings a screen's own stylesheet with it", () => {
    const files = offlineFiles(manifest, ['src/talk.tsx']);
    expect(files.has('assets/talk-1.css')).toBe(true);
    expect(files.has('assets/coach-1.js')).toBe(true);
  });

  it('refuses a screen the build does not have, rather than quietly leaving it out', () => {
    expect(() => offlineFiles(manifest, ['src/breathe.tsx'])).toThrow(/src\/breathe\.tsx/);
  });

  it('refuses a manifest with no entry', () => {
    expect(() => offlineFiles({ 'src/calm.tsx': { file: 'assets/calm-1.js' } }, [])).toThrow(/no entry/);
  });

  it('names the offline screens: welcome, breathing, grounding and the crisis lines', () => {
    expect(OFFLINE_SCREENS).toEqual([
      'src/features/auth/welcome-page.tsx',
      'src/features/feelings/breathing-page.tsx',
      'src/features/feelings/grounding-page.tsx',
      'src/features/feelings/help-page.tsx',
    ]);
  });
});

describe('precacheOnly', () => {
  const built = (urls: string[]) => urls.map((url) => ({ url, revision: null, size: 1 }));

  it('refuses a file this build does not have (a list made from another build)', () => {
    expect(() =>
      precacheOnly(built(['index.html', 'assets/index-2.js']), new Set(['assets/index-1.js'])),
    ).toThrow(/assets\/index-1\.js/);
  });

  it('keeps the page, icons and handlers, and only the built files it is given', () => {
    const entries = built([
      'index.html',
      'away.html',
      'push-sw.js',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'assets/index-1.js',
      'assets/index-1.css',
      'assets/talk-1.js',
      'assets/talk-1.css',
    ]);
    const kept = precacheOnly(entries, new Set(['assets/index-1.js', 'assets/index-1.css']));
    expect(kept.map((e) => e.url)).toEqual([
      'index.html',
      'away.html',
      'push-sw.js',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'assets/index-1.js',
      'assets/index-1.css',
    ]);
  });
});
