/**
 * Keeps punctuation with its word, as French typography wants: "«" with the
 * word after it; "»", ":", ";", "!", "?" and dashes with the word before.
 */
export function glue(words: string[]): string[] {
  const glued: string[] = [];
  let opening = '';
  for (const word of words) {
    if (/^[«‹]$/.test(word)) {
      opening += `${word} `;
      continue;
    }
    const token = opening + word;
    opening = '';
    const previous = glued.length - 1;
    if (previous >= 0 && /^[»›:;!?–—]+[.,;:!?)]*$/.test(token)) glued[previous] += ` ${token}`;
    else glued.push(token);
  }
  if (opening) glued.push(opening.trim());
  return glued;
}
