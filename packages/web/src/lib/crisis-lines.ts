/**
 * Crisis lines that ship with Mend, by country (checked November 2026). A line that may be out of
 * date is worse than none, so each entry names the service as well as the number, and the list
 * always ends with the international directory.
 */
export interface CrisisLine {
  name: string;
  contact: string;
}

export const CRISIS_LINES: Record<string, { country: string; lines: CrisisLine[] }> = {
  US: {
    country: 'United States',
    lines: [
      { name: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988' },
      { name: 'National Domestic Violence Hotline', contact: '1-800-799-7233' },
    ],
  },
  CA: { country: 'Canada', lines: [{ name: '9-8-8 Suicide Crisis Helpline', contact: 'Call or text 988' }] },
  GB: {
    country: 'United Kingdom',
    lines: [
      { name: 'Samaritans', contact: '116 123' },
      { name: 'National Domestic Abuse Helpline (Refuge)', contact: '0808 2000 247' },
    ],
  },
  IE: { country: 'Ireland', lines: [{ name: 'Samaritans', contact: '116 123' }] },
  AU: {
    country: 'Australia',
    lines: [
      { name: 'Lifeline', contact: '13 11 14' },
      { name: '1800RESPECT', contact: '1800 737 732' },
    ],
  },
  NZ: { country: 'New Zealand', lines: [{ name: 'Need to talk?', contact: 'Call or text 1737' }] },
  DE: {
    country: 'Germany',
    lines: [{ name: 'TelefonSeelsorge', contact: '0800 111 0 111 or 0800 111 0 222' }],
  },
  FR: { country: 'France', lines: [{ name: 'Numéro national de prévention du suicide', contact: '3114' }] },
  ES: { country: 'Spain', lines: [{ name: 'Línea de atención a la conducta suicida', contact: '024' }] },
  NL: { country: 'Netherlands', lines: [{ name: '113 Zelfmoordpreventie', contact: '113 or 0800 0113' }] },
};

/** Where to look when a country is not on the list. */
export const DIRECTORY = {
  name: 'Find A Helpline (international directory)',
  url: 'https://findahelpline.com',
};

/** A best guess at the person's country from the browser's language, e.g. `en-GB` → `GB`. */
export function guessCountry(languages: readonly string[]): string {
  for (const lang of languages) {
    const region = lang.split('-')[1]?.toUpperCase();
    if (region && region in CRISIS_LINES) return region;
  }
  return 'US';
}

/** A piece of a line's contact text; `dial` is set on a number, as a phone dials it (digits only). */
export interface ContactPart {
  text: string;
  dial?: string;
}

/**
 * Splits a contact text into plain words and the numbers in it, so each number can be a tap to call:
 * "0800 111 0 111 or 0800 111 0 222" gives two numbers and " or " between them.
 */
export function dialParts(contact: string): ContactPart[] {
  const parts: ContactPart[] = [];
  let last = 0;
  for (const match of contact.matchAll(/\d[\d -]*\d/g)) {
    if (match.index > last) parts.push({ text: contact.slice(last, match.index) });
    parts.push({ text: match[0], dial: match[0].replace(/\D/g, '') });
    last = match.index + match[0].length;
  }
  if (last < contact.length) parts.push({ text: contact.slice(last) });
  return parts;
}
