/**
 * Where widget.js leaves the elements' code's exports (`Symbol.for` this key, on the global object): the loader reads
 * `elements` there, and the lazy chunks read what they share with the entry (scripts/classic-widget.ts).
 */
export const WIDGET_ENTRY_KEY = 'sharegroop.entry';
