import { Avatar } from '@mantine/core';
import {
  IconBallFootball, IconBike, IconFeather, IconFish, IconFlower, IconHeart, IconLeaf, IconMoon, IconMusic, IconStar, IconSun, IconTree,
  type Icon,
} from '@tabler/icons-react';
import { initialsOf, type Avatar as AvatarData } from '../../shared/domain/avatar-options';
import { avatarShade } from '../theme';

export const PICTURE_ICONS: Record<NonNullable<AvatarData['picture']>, Icon> = {
  sun: IconSun, leaf: IconLeaf, star: IconStar, fish: IconFish, bike: IconBike, music: IconMusic,
  ball: IconBallFootball, tree: IconTree, heart: IconHeart, moon: IconMoon, flower: IconFlower, bird: IconFeather,
};

interface Props {
  avatar: AvatarData | null;
  firstName: string;
  lastName?: string;
  size?: number;
}

/** A person's picture: their chosen pictogram, else their initials, on their colour. Decorative: the name is always shown beside it. */
export function PersonAvatar({ avatar, firstName, lastName = '', size = 56 }: Props) {
  const color = avatar?.color ?? 'gray';
  const Picture = avatar?.picture ? PICTURE_ICONS[avatar.picture] : null;
  return (
    <Avatar size={size} radius="xl" aria-hidden styles={{ root: { background: avatarShade(color) }, placeholder: { color: 'white', background: 'transparent', fontSize: size * 0.38 } }}>
      {Picture ? <Picture size={size * 0.6} stroke={1.8} color="white" /> : initialsOf(firstName, lastName) || '?'}
    </Avatar>
  );
}
