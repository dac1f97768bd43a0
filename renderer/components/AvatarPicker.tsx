import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AVATAR_COLORS, AVATAR_PICTURES, type Avatar } from '../../shared/domain/avatar-options';
import { avatarShade } from '../theme';
import { PICTURE_ICONS } from './PersonAvatar';
import classes from './AvatarPicker.module.css';

/** Colour and optional pictogram, as two radio groups (keyboard: arrows). */
export function AvatarPicker({ value, onChange }: { value: Avatar; onChange: (avatar: Avatar) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Radio.Group label={t('people.avatarColor')} value={value.color} onChange={(color) => onChange({ ...value, color: color as Avatar['color'] })}>
        <Group gap="xs" mt="xs">
          {AVATAR_COLORS.map((color) => (
            <Radio.Card key={color} value={color} className={classes.swatch} style={{ background: avatarShade(color) }} aria-label={t(`colors.${color}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Radio.Group
        label={t('people.avatarPicture')}
        value={value.picture ?? 'none'}
        onChange={(picture) => onChange({ ...value, picture: picture === 'none' ? null : (picture as Avatar['picture']) })}
      >
        <Group gap="xs" mt="xs">
          <Radio.Card value="none" className={classes.picture} aria-label={t('people.initials')}>
            <Text fw={700}>AB</Text>
          </Radio.Card>
          {AVATAR_PICTURES.map((picture) => {
            const Icon = PICTURE_ICONS[picture];
            return (
              <Radio.Card key={picture} value={picture} className={classes.picture} aria-label={t(`pictures.${picture}`)}>
                <Icon size={30} aria-hidden />
              </Radio.Card>
            );
          })}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
