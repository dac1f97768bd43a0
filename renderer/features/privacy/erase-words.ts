/** What must be typed at the second step of an erasure: the person's name, or a word (ERASE) for a list. */
export function confirmationWord(people: readonly { name: string }[], word: string): string {
  return people.length === 1 ? people[0]!.name : word;
}

/** Spaces around, letter case and how accents are encoded are ignored, so a name typed on another keyboard still matches. */
export function sameWords(typed: string, expected: string): boolean {
  const fold = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return fold(expected) !== '' && fold(typed) === fold(expected);
}
