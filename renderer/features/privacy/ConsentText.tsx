import { Group, List, Stack, Title, type TitleOrder } from '@mantine/core';
import { consentReadingOrder, consentWording, type ConsentPurpose } from '../../../shared/consents/texts';
import type { Language } from '../../../shared/domain/roles';
import { ReadAloudButton } from '../lessons/ReadAloudButton';
import { ReadableText } from '../lessons/ReadableText';

interface Props {
  purpose: ConsentPurpose;
  language: Language;
  /** The country of return, named in the text about sharing. */
  country?: string;
  titleOrder?: TitleOrder;
  titleId?: string;
  /** Whether the sentence agreed to is shown (a button may carry it instead). */
  showAgreement?: boolean;
}

/** A consent's text as versioned in shared/consents, in large type, with read-aloud and the sentence being read highlighted. */
export function ConsentText({ purpose, language, country, titleOrder = 2, titleId, showAgreement = true }: Props) {
  const wording = consentWording(purpose, language, { country });
  const segments = consentReadingOrder(wording);
  const key = (name: string) => `consent:${purpose}:${name}`;
  return (
    <Stack gap="sm" lang={language}>
      <Title order={titleOrder} id={titleId}>{wording.title}</Title>
      <Group><ReadAloudButton key={`${language}:${purpose}`} language={language} segments={segments.map((segment) => ({ ...segment, key: key(segment.key) }))} /></Group>
      {wording.paragraphs.map((text, index) => <ReadableText key={index} segmentKey={key(`p${index}`)} text={text} size="lg" />)}
      {wording.list && (
        <>
          <ReadableText segmentKey={key('list-title')} text={wording.list.title} fw={700} size="lg" />
          <List spacing={4} size="lg">
            {wording.list.items.map((text, index) => <List.Item key={index}><ReadableText segmentKey={key(`item${index}`)} text={text} size="lg" m={0} /></List.Item>)}
          </List>
        </>
      )}
      {showAgreement && <ReadableText segmentKey={key('agreement')} text={wording.agreement} fw={700} size="lg" />}
    </Stack>
  );
}
