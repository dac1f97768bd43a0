import { readFileSync } from 'node:fs';
import { PLAN_GUIDANCE } from '../../shared/business-plan/guidance';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { addFacilitatorToSampleCohort, SetupPage, Shell, SignInPage } from './pages';

const COORDINATOR = { name: 'Khadija Benali', password: 'atelier-rabat-2026' };
const FACILITATOR = { name: 'Youssef Alami', password: 'animateur-2026' };

test('a participant fills a business plan for a shop in Bamako, sees the figures and a cash warning, submits it; a facilitator comments; the participant reads the comment and exports the PDF', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: true });

  await addFacilitatorToSampleCohort(page, FACILITATOR);
  await new Shell(page).lock();

  // Aminata returns to Bamako: her plan counts in francs CFA.
  const signIn = new SignInPage(page);
  await signIn.openPinFor('Aminata Traoré');
  await signIn.tapPin('1234');
  await page.getByRole('link', { name: 'Ouvrir : Mon plan d’affaires' }).click();
  await expect(page.getByText('Pas encore de plan.')).toBeVisible();
  await page.getByLabel('Nom du plan').fill('Boutique Bamako');
  await page.getByRole('button', { name: 'Créer le plan' }).click();

  await expect(page.getByRole('heading', { name: 'Résumé du projet' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Monnaie' })).toHaveValue(/XOF/);
  await expect(page.getByRole('textbox', { name: 'Ville de retour' })).toHaveValue('Bamako');
  await page.getByLabel('Titre du projet').fill('Boutique d’alimentation à Bamako');
  await page.getByLabel(PLAN_GUIDANCE.fr.sections.summary.fields.summary.question).fill('Une petite boutique de quartier : riz, huile, savon.');
  await expectAccessible(page, 'business plan: a written section');
  await screenshot(page, '21-plan-section');

  const steps = page.getByRole('navigation', { name: 'Étapes du plan' });
  await steps.getByRole('button', { name: 'Besoins de démarrage' }).click();
  await page.getByRole('button', { name: 'Ajouter un équipement' }).click();
  await page.getByLabel('Article 1').fill('Réfrigérateur');
  await page.getByLabel('Prix unitaire — Réfrigérateur').fill('250000');
  await page.getByLabel('Premier stock').fill('400000');
  // Only digits can be typed; an amount beyond what the plan can count is refused with a message.
  await page.getByLabel('Loyer').fill('9999999999999');
  await expect(page.getByText('Trop grand : au plus 999 999 999 999.')).toBeVisible();
  await page.getByLabel('Loyer').fill('50000');
  await expect(page.getByText('Trop grand')).toBeHidden();
  const live = page.getByRole('complementary', { name: 'Vos chiffres, en direct' });
  await expect(live).toContainText(/700\s000\sF\sCFA/);

  await page.getByRole('button', { name: 'Étape suivante' }).click();
  await expect(page.getByRole('heading', { name: 'Financement' })).toBeVisible();
  await page.getByLabel('Apport personnel').fill('100000');

  await steps.getByRole('button', { name: 'Coûts et prix' }).click();
  await page.getByRole('button', { name: 'Ajouter un produit ou service' }).click();
  await page.getByLabel('Produit ou service', { exact: true }).fill('Riz');
  await page.getByLabel('Unité', { exact: true }).fill('kg');
  await page.getByLabel('Matières — Riz').fill('450');
  await page.getByLabel('Prix de vente — Riz').fill('550');
  await expect(page.getByText(/^100\sF\sCFA$/)).toBeVisible(); // the margin per kilo

  await steps.getByRole('button', { name: 'Ventes prévues' }).click();
  await page.getByRole('button', { name: 'Aide pour les saisons' }).click();
  await page.getByLabel('Ventes d’un mois normal (unités)').fill('600');
  await page.getByRole('button', { name: 'Remplir les 12 mois' }).click();
  await expect(page.getByLabel('Unités vendues en Mois 12 — Riz')).toHaveValue('600');

  await steps.getByRole('button', { name: 'Charges du mois' }).click();
  await page.getByRole('button', { name: 'Ajouter une charge' }).click();
  await page.getByLabel('Charge 1').fill('Électricité');
  await page.getByLabel('Par mois — Électricité').fill('15000');

  // Start-up needs of 700 000 against 100 000 of own money: cash goes below zero at once.
  await steps.getByRole('button', { name: 'Résultats' }).click();
  const warnings = page.getByTestId('plan-warnings');
  await expect(warnings).toContainText('La trésorerie passe sous zéro (Mois 1)');
  await expect(warnings).toContainText('Les financements ne couvrent pas les besoins de démarrage');
  await expect(page.getByRole('figure', { name: 'Ventes et coûts de chaque mois, en barres.' }).locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('figure', { name: /Trésorerie à la fin de chaque mois/ }).locator('.recharts-line-curve')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Plan de trésorerie sur 12 mois' })).toContainText('Trésorerie en fin de mois');
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  await expectAccessible(page, 'business plan: results');
  await screenshot(page, '22-plan-results');
  await page.getByRole('heading', { name: 'Graphiques' }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -80);
  await screenshot(page, '24-plan-charts');

  await page.getByRole('button', { name: 'Envoyer à l’animateur·rice' }).click();
  await expect(page.getByText('Plan envoyé. Il est verrouillé pendant la relecture.')).toBeVisible();
  await new Shell(page).lock();

  // The facilitator of the cohort reads it and comments on the customers.
  await signIn.staffSignIn(FACILITATOR.name, FACILITATOR.password);
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('link', { name: 'Lire le plan de Aminata Traoré' }).click();
  await expect(page.getByRole('heading', { name: 'Boutique d’alimentation à Bamako' })).toBeVisible();
  const customers = page.getByRole('region', { name: 'Les clients' });
  await customers.getByLabel('Votre commentaire : Les clients').fill('Combien de familles vivent près de la boutique ?');
  await customers.getByRole('button', { name: 'Ajouter le commentaire' }).click();
  await expect(customers.getByTestId('plan-comments')).toContainText('Combien de familles');
  await page.getByRole('button', { name: 'Marquer comme relu' }).click();
  await expect(page.getByText('Relu', { exact: true })).toBeVisible();
  await expectAccessible(page, 'business plan: review');
  await screenshot(page, '23-plan-review');
  await new Shell(page).lock();

  // Aminata sees the review and the comment, then downloads her plan.
  await signIn.openPinFor('Aminata Traoré');
  await signIn.tapPin('1234');
  await page.getByRole('link', { name: 'Ouvrir : Mon plan d’affaires' }).click();
  await expect(page.getByText('1 commentaire')).toBeVisible();
  await page.getByRole('link', { name: 'Modifier — Boutique Bamako' }).click();
  await expect(page.getByText('Plan relu. Lisez les commentaires.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Étapes du plan' }).getByRole('button', { name: 'Les clients' }).click();
  await expect(page.getByTestId('plan-comments')).toContainText('Combien de familles vivent près de la boutique ?');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('Boutique Bamako.pdf');
  expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');
});
