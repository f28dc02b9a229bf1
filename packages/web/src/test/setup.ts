import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// A console.error during a test (React warnings, act() mistakes, failed prop types) fails that test.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  // Quick exit hides the page while it leaves; the next test starts visible.
  document.documentElement.style.visibility = '';
  const logged = errors;
  errors = [];
  if (logged.length > 0) {
    throw new Error(
      `console.error was called during the test:\n${logged.map((args) => args.join(' ')).join('\n')}`,
    );
  }
});
