// Request and answer schemas of the feelings feature.
export {};
