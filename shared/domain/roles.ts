export const ROLES = ['participant', 'facilitator', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = Exclude<Role, 'participant'>;

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
