import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Page objects: the steps a person takes, named as they would say them. */
export class SetupPage {
  constructor(private readonly page: Page) {}

  async complete(options: { name: string; password: string; organisation: string; place: string; withSamples: boolean }) {
    const { page } = this;
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Foras Atelier' })).toBeVisible();
    await page.getByLabel('Votre nom').fill(options.name);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(options.password);
    await page.getByLabel('Retapez le mot de passe').fill(options.password);
    await page.getByLabel("Nom de l'organisation").fill(options.organisation);
    await page.getByLabel("Lieu de l'atelier").fill(options.place);
    const samples = page.getByLabel('Ajouter des exemples pour découvrir l’application');
    if (!options.withSamples) await samples.uncheck();
    await page.getByRole('button', { name: 'Commencer' }).click();
  }
}

export class SignInPage {
  constructor(private readonly page: Page) {}

  card(name: string) {
    return this.page.getByRole('button', { name });
  }

  async openPinFor(name: string) {
    await this.card(name).click();
    await expect(this.page.getByRole('dialog')).toBeVisible();
  }

  /** Types the PIN with the on-screen keypad, as a participant with a touch screen would. */
  async tapPin(pin: string) {
    const keypad = this.page.getByRole('group', { name: 'Clavier du code' });
    for (const digit of pin) await keypad.getByRole('button', { name: digit, exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Entrer' }).click();
  }

  async staffSignIn(name: string, password: string) {
    const { page } = this;
    await page.getByRole('button', { name: 'Équipe' }).click();
    const dialog = page.getByRole('dialog');
    const picker = dialog.getByRole('combobox', { name: 'Votre nom' });
    if (!(await picker.inputValue()).startsWith(name)) {
      await picker.click();
      await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    }
    await dialog.getByLabel('Mot de passe').fill(password);
    await dialog.getByRole('button', { name: 'Entrer' }).click();
  }
}

/**
 * The screen a participant meets at sign-in until they agree that the
 * workshop keeps their data (sample participants have agreed already).
 */
export class DataConsentScreen {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Garder vos informations pour l’atelier' });
  }

  async agree() {
    await expect(this.heading()).toBeVisible();
    await this.page.getByRole('button', { name: 'J’accepte', exact: true }).click();
    await expect(this.heading()).toBeHidden();
  }
}

export class Shell {
  constructor(private readonly page: Page) {}

  signedInPerson() {
    return this.page.getByTestId('signed-in-person');
  }

  /** Locks and waits for the sign-in screen (the lock button is gone), so the next step never acts on the old screen. */
  async lock(label = 'Verrouiller') {
    const button = this.page.getByRole('button', { name: label });
    await button.click();
    await expect(button).toBeHidden();
  }
}

/** The coordinator adds a facilitator (Équipe) and assigns them to the sample cohort. */
export async function addFacilitatorToSampleCohort(page: Page, facilitator: { name: string; password: string }) {
  await page.getByRole('link', { name: 'Équipe' }).click();
  await page.getByLabel('Nom', { exact: false }).first().fill(facilitator.name);
  await page.getByLabel('Mot de passe').fill(facilitator.password);
  await page.getByRole('button', { name: 'Ajouter un animateur' }).click();
  await expect(page.getByRole('cell', { name: facilitator.name })).toBeVisible();
  await page.getByRole('link', { name: 'Cohortes' }).click();
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('button', { name: 'Modifier', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Animateurs').click({ force: true });
  await page.getByRole('option', { name: facilitator.name }).click();
  await page.keyboard.press('Tab'); // closes the list, which covers the dialog's buttons
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** Adds a workshop session from the cohort's sessions screen; returns the dialog (still open when refused). */
export async function addSession(page: Page, session: { module: string; date: string; start: string; end: string; expectedPlace?: string }) {
  await page.getByRole('button', { name: 'Nouvelle séance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle séance' });
  await dialog.getByLabel('Module').selectOption({ label: session.module });
  await dialog.getByLabel('Date').fill(session.date);
  await dialog.getByLabel('Début').fill(session.start);
  await dialog.getByLabel('Fin').fill(session.end);
  if (session.expectedPlace) await expect(dialog.getByLabel('Lieu')).toHaveValue(session.expectedPlace); // the cohort's place by default
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  return dialog;
}

/** The three attendance toggles of one participant's card. */
export function attendanceCard(page: Page, name: string) {
  return page.getByRole('group', { name: `Présence de ${name}` });
}

/** A day near today, as a date field takes it ('YYYY-MM-DD', local time). */
export function dayFromToday(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
