import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBook, IconBriefcase, IconChartLine, IconFileCv, IconMicrophone, IconMoodSmile, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/store';

interface Tool {
  key: string;
  icon: Icon;
}

/** The two modules and their tools. Tools not built yet say so plainly; nothing here is placeholder content. */
const MODULES: { key: string; icon: Icon; tools: Tool[] }[] = [
  { key: 'lifeSkills', icon: IconMoodSmile, tools: [{ key: 'lessons', icon: IconBook }, { key: 'cv', icon: IconFileCv }, { key: 'interview', icon: IconMicrophone }] },
  { key: 'entrepreneurship', icon: IconBriefcase, tools: [{ key: 'lessons', icon: IconBook }, { key: 'businessPlan', icon: IconChartLine }] },
];

export function ParticipantHome() {
  const { t } = useTranslation();
  const firstName = useSession((state) => state.user?.displayName.split(' ')[0] ?? '');
  return (
    <Stack gap="xl" maw={1100}>
      <Title order={1}>{t('home.hello', { name: firstName })}</Title>
      {MODULES.map((module) => (
        <Stack key={module.key} gap="md" component="section" aria-labelledby={`module-${module.key}`}>
          <Group gap="sm">
            <ThemeIcon size={48} radius="xl" variant="light"><module.icon size={30} aria-hidden /></ThemeIcon>
            <Title order={2} id={`module-${module.key}`}>{t(`home.modules.${module.key}.title`)}</Title>
          </Group>
          <Text>{t(`home.modules.${module.key}.summary`)}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            {module.tools.map((tool) => (
              <Card key={tool.key} withBorder padding="lg" radius="lg">
                <Stack gap="sm">
                  <Group justify="space-between">
                    <ThemeIcon size={56} radius="md" variant="light" color="gray"><tool.icon size={34} aria-hidden /></ThemeIcon>
                    <Badge color="gray" variant="outline" size="lg">{t('home.comingSoon')}</Badge>
                  </Group>
                  <Text fw={700} size="lg">{t(`home.modules.${module.key}.tools.${tool.key}.title`)}</Text>
                  <Text>{t(`home.modules.${module.key}.tools.${tool.key}.description`)}</Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
