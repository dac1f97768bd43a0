import { Text, type TextProps } from '@mantine/core';
import { linesOf } from './segments';
import { useReading } from './useReadAloud';
import classes from './lessons.module.css';

interface Props extends TextProps {
  segmentKey: string;
  text: string;
  id?: string;
  heading?: boolean;
}

/** A text whose sentence being read aloud is highlighted; line breaks in the content are kept. */
export function ReadableText({ segmentKey, text, id, heading = false, ...props }: Props) {
  const reading = useReading();
  const active = reading.key === segmentKey;
  let sentence = 0;
  return (
    <Text {...props} id={id} component={heading ? 'h2' : 'p'} m={heading ? 0 : undefined}>
      {linesOf(text).map((line, lineIndex) => (
        <span key={lineIndex} className={classes.line}>
          {line.map((piece) => {
            const index = sentence++;
            return (
              <span key={index} className={active && reading.sentence === index ? classes.reading : undefined}>
                {piece}{' '}
              </span>
            );
          })}
        </span>
      ))}
    </Text>
  );
}
