// Long texts at the counter: a 5,000-character message must not make one
// timeline entry taller than the window. A text longer than this is shown
// folded, its start cut at a word, with "Show more" to read it all in place.

/** Texts up to this many characters, and this many lines, are never folded. */
export const FOLD_CHARS = 700;
export const FOLD_LINES = 10;
/** What a folded text shows: about this many characters, at most this many lines. */
const SHOWN_CHARS = 450;
const SHOWN_LINES = 6;

/** The start of `text` as shown folded ("…" at the end), or null when it is short enough to show whole. */
export function folded(text: string): string | null {
  const lines = text.split('\n');
  if (text.length <= FOLD_CHARS && lines.length <= FOLD_LINES) return null;
  let start = lines.slice(0, SHOWN_LINES).join('\n');
  if (start.length > SHOWN_CHARS) {
    const cut = start.slice(0, SHOWN_CHARS);
    // End at a word, unless the text has no spaces to speak of (a pasted link, a code).
    const space = cut.search(/\s\S*$/);
    start = space > SHOWN_CHARS / 2 ? cut.slice(0, space) : cut;
  }
  return `${start.trimEnd()}…`;
}
