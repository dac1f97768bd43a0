import { createTheme, type CSSVariablesResolver, type MantineColor } from '@mantine/core';

/**
 * One spacing scale and type scale for the whole app. Body text is 18 px and
 * nothing is smaller than 16 px: many participants read with difficulty and
 * screens are often seen from a distance.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 8,
  // Mantine's teal with the two darkest shades darkened, so white text on buttons (and their hover) keeps 4.5:1.
  colors: {
    teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0ca678', '#087f5b', '#066649'],
    // Orange marks sample data; its text shades are darkened to keep 4.5:1 on the light orange background.
    orange: ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#c2570c', '#9c4409', '#7f3706'],
  },
  defaultRadius: 'md',
  // Shipped with the app (no remote fonts); wide script coverage, plain figures for money amounts.
  fontFamily: '"Noto Sans", "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
  headings: {
    fontFamily: '"Noto Sans", "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
    fontWeight: '700',
    sizes: { h1: { fontSize: '2.25rem' }, h2: { fontSize: '1.75rem' }, h3: { fontSize: '1.375rem' } },
  },
  fontSizes: { xs: '1rem', sm: '1.0625rem', md: '1.125rem', lg: '1.25rem', xl: '1.5rem' },
  lineHeights: { xs: '1.5', sm: '1.5', md: '1.55', lg: '1.5', xl: '1.4' },
  spacing: { xs: '0.5rem', sm: '0.75rem', md: '1rem', lg: '1.5rem', xl: '2rem' },
  components: {
    Button: { defaultProps: { size: 'lg' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    Text: { defaultProps: { size: 'md' } },
    // Information panels are notes; only errors (ErrorAlert) interrupt a screen reader as alerts.
    Alert: { defaultProps: { role: 'note' } },
    // Mantine's badges are 11 px capitals; ours stay readable.
    Badge: { defaultProps: { size: 'lg' }, styles: { label: { textTransform: 'none', fontSize: '1rem', fontWeight: 700 } } },
  },
});

/** Avatar colours use the darkest usable shade so white initials keep AA contrast. */
export function avatarShade(color: MantineColor): string {
  return `var(--mantine-color-${color}-8)`;
}

/** Secondary text one shade darker than Mantine's default, for AA contrast on white and grey. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
