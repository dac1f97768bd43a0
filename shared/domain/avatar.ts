import { z } from 'zod';
import { AVATAR_COLORS, AVATAR_PICTURES, type Avatar } from './avatar-options';

export { AVATAR_COLORS, AVATAR_PICTURES, initialsOf, type Avatar } from './avatar-options';

export const avatarSchema = z.object({
  color: z.enum(AVATAR_COLORS),
  picture: z.enum(AVATAR_PICTURES).nullable(),
}) satisfies z.ZodType<Avatar>;
