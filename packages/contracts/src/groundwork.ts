// Request and answer schemas of the groundwork feature.
export {};
