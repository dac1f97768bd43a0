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

export class Shell {
  constructor(private readonly page: Page) {}

  signedInPerson() {
    return this.page.getByTestId('signed-in-person');
  }

  async lock(label = 'Verrouiller') {
    await this.page.getByRole('button', { name: label }).click();
  }
}
