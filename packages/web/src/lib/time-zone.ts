/** This device's IANA time zone, e.g. "Europe/Paris" ("UTC" when the browser does not say). */
export const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** "America/New_York" as a person reads it: "America/New York". */
export const zoneWords = (zone: string) => zone.replaceAll('_', ' ');
