import type { BenchmarkEntry } from './lib/types';

/**
 * Every benchmark `npm run bench` runs, in this order (Node ones first: they
 * do not need the build). To add one, see the top of bench/run.ts.
 */
export const BENCHMARKS: readonly BenchmarkEntry[] = [
  {
    id: 'cv-pdf',
    file: 'node/cv-pdf.bench.ts',
    needsBuild: false,
    figures: [{ name: 'cv_pdf_ms', budget: { below: 100 }, about: 'renderCvPdf of a two-page CV, fonts loaded once (median)' }],
  },
  {
    id: 'database',
    file: 'node/database.bench.ts',
    needsBuild: false,
    figures: [
      { name: 'signin_list_ms', budget: { below: 10 }, about: "auth.signInOptions via the dispatcher + the renderer's name filter, 10k-participant database (median)" },
      { name: 'autosave_p99_ms', budget: { below: 10 }, about: 'progress.saveAnswer via the dispatcher as a signed-in participant, synchronous=FULL (p99)' },
      { name: 'db_open_ms', budget: { below: 200 }, about: 'openDatabase of the 10k-participant file incl. the migrations check (median)' },
    ],
  },
  {
    id: 'encryption',
    file: 'node/encryption.bench.ts',
    needsBuild: false,
    figures: [
      { name: 'encrypted_save_p99_ms', budget: { below: 10 }, about: 'an autosave-sized upsert on the encrypted file, synchronous=FULL (p99)' },
      { name: 'encrypted_save_p99_ratio_vs_clear', budget: null, about: 'encrypted ÷ clear-text p99 of the same saves, alternating side by side (lower is better; no budget: fsync dominates)' },
      { name: 'encrypted_scan_ratio_vs_clear', budget: { below: 1.5 }, about: 'encrypted ÷ clear-text median of a full scan of 20,000 one-kB rows on an open connection, side by side (pages in the 32 MiB cache)' },
      { name: 'encrypted_cold_scan_ratio_vs_clear', budget: { below: 4 }, about: 'the same scan on a fresh connection: every page read and decrypted (the cost of encryption itself)' },
      { name: 'encrypted_open_ms', budget: { below: 50 }, about: 'openDatabase of the encrypted file with the raw key (no KDF), pragmas and migrations check (median)' },
    ],
  },
  {
    id: 'startup',
    file: 'browser/startup.bench.ts',
    needsBuild: true,
    figures: [
      { name: 'renderer_initial_js_gzip_kb', budget: { below: 250 }, about: 'gzip -9 size of the JS loaded before the sign-in screen is usable' },
      { name: 'time_to_interactive_ms', budget: { below: 800 }, about: 'navigation start to a participant card rendered and enabled, 10 cold loads (median)' },
    ],
  },
  {
    id: 'journey',
    file: 'browser/journey.bench.ts',
    needsBuild: true,
    figures: [
      { name: 'lesson_step_ms', budget: { below: 50 }, about: '"Suivant" click to the next step rendered in the lesson player (median of ~25 steps)' },
      { name: 'renderer_heap_mb', budget: { below: 80 }, about: 'JS heap after a participant journey (lessons, CV editor, business plan) and a forced GC' },
    ],
  },
  {
    id: 'certificates',
    file: 'node/certificates.bench.ts',
    needsBuild: false,
    needsChromium: true,
    figures: [
      { name: 'certificates_108_s', budget: { below: 0.5 }, about: "renderCertificatesPdf of 108 certificates from the app's printable(), after warmUpCertificateRenderer (median, each run new people)" },
      { name: 'certificates_1000_s', budget: null, about: 'the same for 1,000 certificates, timed side by side with Chromium (median; no budget of its own)' },
      { name: 'chromium_certificates_1000_s', budget: null, about: "the same 1,000 as one HTML page, fresh Chromium launch to page.pdf's bytes (median; no budget)" },
      { name: 'certificates_1000_ratio_vs_chromium', budget: { atLeast: 4 }, about: 'chromium_certificates_1000_s ÷ certificates_1000_s (higher is better)' },
    ],
  },
  {
    id: 'business-plan-pdf',
    file: 'node/business-plan-pdf.bench.ts',
    needsBuild: false,
    figures: [{ name: 'business_plan_pdf_ms', budget: { below: 200 }, about: 'renderBusinessPlanPdf of a full plan (12-month tables, both charts), fonts warm (median)' }],
  },
  {
    id: 'cohort-board',
    file: 'node/cohort-board.bench.ts',
    needsBuild: false,
    figures: [{ name: 'cohort_board_ms', budget: { below: 50 }, about: "board.cohort via the dispatcher as the coordinator, 15-person cohort, 10k database + sessions and marks (median)" }],
  },
  {
    id: 'dashboard',
    file: 'node/dashboard.bench.ts',
    needsBuild: false,
    figures: [
      { name: 'dashboard_ms', budget: { below: 100 }, about: 'reports.dashboard via the dispatcher as the coordinator, year 2024 (63 of 300 cohorts), seeded 10k database (median)' },
      { name: 'dashboard_all_ms', budget: null, about: 'the same with no period: every cohort (median; no budget)' },
    ],
  },
];
