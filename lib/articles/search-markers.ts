// Snippet highlight markers: control characters that cannot occur in stored
// text. The database puts them around matches; the UI turns them into <mark>.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
