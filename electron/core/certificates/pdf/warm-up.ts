import { loadCvFonts } from '../../cv/pdf/fonts';
import type { CertificateData } from './certificate-data';
import { measurerFor, renderCertificatesPdf, renderCertificatesZip } from './render';
import { lineWidth } from './text-fit';

/**
 * The once-per-process costs of printing certificates, paid ahead of time.
 *
 * The first certificates a process prints are several times slower than
 * the next ones: the fonts are read and parsed, fontkit decodes the
 * OpenType tables lazily (Noto Sans's kerning is looked up, and decoded,
 * letter pair by letter pair), and the JavaScript engine has not yet
 * compiled the drawing code. Calling this when the certificates screen
 * opens moves that second or so off the coordinator's click.
 */
export async function warmUpCertificateRenderer(fontsDir: string): Promise<void> {
  const measurer = measurerFor(await loadCvFonts(fontsDir));
  // Names are set in bold: shape words holding every pair of the letters they use.
  for (const word of letterPairWords()) lineWidth(word, 'bold', 10, measurer);
  await renderCertificatesPdf(WARM_UP_CERTIFICATES, { fontsDir });
  await renderCertificatesZip(WARM_UP_CERTIFICATES.slice(0, 2), { fontsDir });
}

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüœ', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZÉÈÇÔÏ'];
const WORD_LENGTH = 16;

/**
 * Words that together contain every ordered pair of LETTERS once: a de
 * Bruijn sequence of order 2, cut into words that overlap by one letter.
 */
export function letterPairWords(letters: readonly string[] = LETTERS): string[] {
  const k = letters.length;
  const sequence: number[] = [];
  const a = new Array<number>(3).fill(0);
  // The classic recursive construction (Lyndon words of length dividing 2).
  const build = (t: number, p: number): void => {
    if (t > 2) {
      if (2 % p === 0) sequence.push(...a.slice(1, p + 1));
      return;
    }
    a[t] = a[t - p] ?? 0;
    build(t + 1, p);
    for (let j = (a[t - p] ?? 0) + 1; j < k; j++) {
      a[t] = j;
      build(t + 1, t);
    }
  };
  build(1, 1);
  const text = [...sequence, sequence[0] ?? 0].map((i) => letters[i] ?? '');
  const words: string[] = [];
  for (let start = 0; start < text.length - 1; start += WORD_LENGTH - 1) words.push(text.slice(start, start + WORD_LENGTH).join(''));
  return words;
}

const WARM_UP_NAMES = ['Aïssatou Ndèye KOUASSI-OUÉDRAOGO', 'Jean-Baptiste Œillet Mbaye', 'محمد الأمين ولد أحمد ߒߞߏ ߞߊ߲ߜߍ'];

const WARM_UP_CERTIFICATES: CertificateData[] = WARM_UP_NAMES.flatMap((participantName, i) =>
  (['fr', 'en'] as const).map((language) => ({
    language,
    kind: i % 2 === 0 ? ('participation' as const) : ('completion' as const),
    number: `FA-2000-00000${i}`,
    participantName,
    modules: [{ title: 'Module', from: '2000-01-01', to: '2000-02-01', hours: 1.5 }],
    place: 'Rabat',
    issuedOn: '2000-02-02',
    organisation: 'Foras',
    programme: 'Programme 0123456789',
    signatories: [{ name: participantName.slice(0, 20), title: 'Coordination' }],
    logos: [],
    qrText: `FA1.${'A'.repeat(150 + i)}.${'B'.repeat(86)}`,
  })),
);
