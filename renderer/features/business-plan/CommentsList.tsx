import { Blockquote, Stack, Text, Title } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlanCommentDto } from '../../../shared/api/dto';

/** The facilitator's comments on one part of the plan, newest last. */
export function CommentsList({ comments, title }: { comments: PlanCommentDto[]; title?: string }) {
  const { t, i18n } = useTranslation();
  if (comments.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="plan-comments">
      <Title order={3} size="h4">{title ?? t('plan.commentsTitle')}</Title>
      {comments.map((comment) => (
        <Blockquote key={comment.id} color="indigo" icon={<IconMessageCircle aria-hidden />} iconSize={32} p="md">
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{comment.text}</Text>
          <Text size="sm" mt={4}>— {comment.authorName}, {new Date(comment.createdAt).toLocaleDateString(i18n.language)}</Text>
        </Blockquote>
      ))}
    </Stack>
  );
}
