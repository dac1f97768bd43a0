import { expect, expectAccessible, screenshot, test } from './fixtures';
import { addSession, attendanceCard as card, dayFromToday, SetupPage, Shell, SignInPage } from './pages';

const COORDINATOR = { name: 'Khadija Benali', password: 'atelier-rabat-2026' };

test('the coordinator plans two sessions, takes attendance for both, then sees the hours and the progress board', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: true });

  // Aminata sends a business plan, so the board has one to open.
  await new Shell(page).lock();
  const signIn = new SignInPage(page);
  await signIn.openPinFor('Aminata Traoré');
  await signIn.tapPin('1234');
  await page.getByRole('link', { name: 'Ouvrir : Mon plan d’affaires' }).click();
  await page.getByLabel('Nom du plan').fill('Boutique Bamako');
  await page.getByRole('button', { name: 'Créer le plan' }).click();
  await page.getByRole('button', { name: 'Envoyer à l’animateur·rice' }).click();
  await expect(page.getByText('Plan envoyé. Il est verrouillé pendant la relecture.')).toBeVisible();
  await new Shell(page).lock();
  await signIn.staffSignIn(COORDINATOR.name, COORDINATOR.password);

  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('link', { name: 'Séances et présences' }).click();
  await expect(page.getByRole('heading', { name: 'Séances et présences', level: 1 })).toBeVisible();
  await expect(page.getByText('Pas encore de séance. Ajoutez la première.')).toBeVisible();

  // One session per module; an end before the start is refused with a plain message.
  await addSession(page, { module: 'Life skills – soft skills', date: dayFromToday(-7), start: '09:00', end: '12:00', expectedPlace: 'Rabat' });
  await expect(page.getByRole('dialog')).toBeHidden();
  const second = await addSession(page, { module: 'Entrepreneuriat et commercialisation', date: dayFromToday(-5), start: '14:00', end: '13:00' });
  await expect(second.getByText('La fin doit être après le début.')).toBeVisible();
  await second.getByLabel('Fin').fill('16:00');
  await second.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  const sessions = page.getByRole('list', { name: 'Séances de la cohorte' }).getByRole('listitem');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.first()).toContainText('Life skills – soft skills');
  await expect(sessions.first()).toContainText('Appel pas encore fait');
  await expect(sessions.nth(1)).toContainText('De 14:00 à 16:00');

  // First session: a mix of present, late (30 minutes missed) and absent.
  await page.getByRole('link', { name: /^Faire l’appel : Life skills/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Appel — ');
  const summary = page.getByTestId('attendance-summary');
  await expect(summary).toContainText('0 présent, 0 en retard, 0 absent, 6 pas marqués');
  await card(page, 'Aminata Traoré').getByRole('button', { name: 'Présent' }).click();
  await card(page, 'Ibrahima Diallo').getByRole('button', { name: 'En retard' }).click();
  await page.getByRole('textbox', { name: 'Minutes manquées — Ibrahima Diallo' }).fill('30');
  await page.getByRole('textbox', { name: 'Minutes manquées — Ibrahima Diallo' }).press('Enter');
  const grace = card(page, 'Grace Mbarga').getByRole('button', { name: 'Absent' });
  await grace.click();
  await expect(grace).toHaveAttribute('aria-pressed', 'true');
  await grace.click(); // a second tap clears the mark
  await expect(grace).toHaveAttribute('aria-pressed', 'false');
  await expect(summary).toContainText('1 présent, 1 en retard, 0 absent, 4 pas marqués');
  await grace.click();
  await page.getByRole('button', { name: 'Tous les autres présents' }).click();
  await expect(summary).toContainText('4 présents, 1 en retard, 1 absent, 0 pas marqué');
  await expect(page.getByRole('button', { name: 'Tous les autres présents' })).toBeDisabled();
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  await expectAccessible(page, 'attendance');
  await screenshot(page, '28-attendance');

  // Second session: Fatou absent, Moussa late without minutes (the session counts in full).
  await page.getByRole('link', { name: 'Toutes les séances' }).click();
  await page.getByRole('link', { name: /^Faire l’appel : Entrepreneuriat/ }).click();
  await card(page, 'Fatou Ndiaye').getByRole('button', { name: 'Absent' }).click();
  await card(page, 'Moussa Ouédraogo').getByRole('button', { name: 'En retard' }).click();
  await page.getByRole('button', { name: 'Tous les autres présents' }).click();
  await expect(page.getByTestId('attendance-summary')).toContainText('4 présents, 1 en retard, 1 absent, 0 pas marqué');
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();

  // The marks were saved: the first session opens with them.
  await page.getByRole('link', { name: 'Toutes les séances' }).click();
  await expect(sessions.first()).toContainText('Appel : 6 sur 6 · 5 venus');
  await page.getByRole('link', { name: /^Faire l’appel : Life skills/ }).click();
  await expect(card(page, 'Ibrahima Diallo').getByRole('button', { name: 'En retard' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('textbox', { name: 'Minutes manquées — Ibrahima Diallo' })).toHaveValue('30');
  await page.getByRole('link', { name: 'Toutes les séances' }).click();

  // Hours attended per participant and module.
  const hours = page.getByRole('table', { name: 'Heures de présence par participant et par module' });
  await expect(hours.getByRole('row', { name: /Ibrahima Diallo/ })).toContainText('83,3 % · 2 h 30 sur 3 h');
  await expect(hours.getByRole('row', { name: /Grace Mbarga/ })).toContainText('0 % · 0 h sur 3 h');
  await expect(hours.getByRole('row', { name: /Moussa Ouédraogo/ })).toContainText('100 % · 2 h sur 2 h');
  await expectAccessible(page, 'sessions');
  await screenshot(page, '27-sessions');

  // The progress board: Fatou's finished lesson, Moussa's lesson in progress, the hours, Grace's CV and Aminata's plan.
  await page.getByRole('link', { name: 'Retour à la cohorte' }).click();
  await page.getByRole('link', { name: 'Tableau de progression' }).click();
  const board = page.getByRole('table', { name: 'Progression des participants, leçon par leçon' });
  await expect(board).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tableau de progression (faites défiler vers la droite)' })).toHaveAttribute('tabindex', '0');
  const fatou = board.getByRole('row', { name: /Fatou Ndiaye/ });
  await expect(fatou).toContainText('Leçon terminée'); // the sample has no recorded answers, so no score
  await expect(fatou).toContainText('2,5 → —');
  await expect(fatou).toContainText('0 % 0 h sur 2 h');
  await expect(board.getByRole('row', { name: /Moussa Ouédraogo/ })).toContainText('En cours, étape 5');
  await expect(board.getByRole('row', { name: /Ibrahima Diallo/ })).toContainText('83,3 % 2 h 30 sur 3 h');
  await expect(board.getByRole('row', { name: /Grace Mbarga/ }).getByRole('cell').nth(-2)).toHaveText('1');
  await expectAccessible(page, 'progress board');
  await screenshot(page, '29-board');
  await board.getByRole('link', { name: 'Lire le plan : Boutique Bamako' }).click();
  await expect(page.getByText('Plan de Aminata Traoré')).toBeVisible();
});
