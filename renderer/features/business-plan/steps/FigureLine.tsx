import { Group, Text } from '@mantine/core';

/** One key figure: its name on the left, the amount on the right (no punctuation to translate). */
export function FigureLine({ label, value, strong = false, danger = false }: { label: string; value: string; strong?: boolean; danger?: boolean }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size={strong ? 'lg' : 'md'} fw={strong ? 700 : 400}>{label}</Text>
      <Text size={strong ? 'lg' : 'md'} fw={700} c={danger ? 'red.9' : undefined} style={{ whiteSpace: 'nowrap' }}>{value}</Text>
    </Group>
  );
}
