/** Avatar choices, kept free of zod so the sign-in cards load without the schemas. */

/** Colours chosen for contrast with white initials (WCAG AA at large size). */
export const AVATAR_COLORS = ['teal', 'indigo', 'grape', 'orange', 'red', 'green', 'blue', 'pink'] as const;
/** Pictures from the app's one icon set, for people who recognise a picture faster than a name. */
export const AVATAR_PICTURES = ['sun', 'leaf', 'star', 'fish', 'bike', 'music', 'ball', 'tree', 'heart', 'moon', 'flower', 'bird'] as const;

export interface Avatar {
  color: (typeof AVATAR_COLORS)[number];
  picture: (typeof AVATAR_PICTURES)[number] | null;
}

export function initialsOf(firstName: string, lastName: string): string {
  const first = Array.from(firstName.trim())[0] ?? '';
  const last = Array.from(lastName.trim())[0] ?? '';
  return (first + last).toLocaleUpperCase();
}
