import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT } from '../../shared/business-plan/model';
import { bamakoShopPlan } from '../fixtures/business-plan/bamako-shop';
import { caller, databaseSnapshot, seededLaptop } from './helpers';

async function pdfText(base64: string): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
    }
    // Intl writes French thousands with narrow no-break spaces.
    return text.replace(/[\u00a0\u202f]/g, ' ');
  } finally {
    await document.destroy();
  }
}

describe('business plans', () => {
  it('starts a plan in the currency of the country of return, saves drafts and lists them', async () => {
    const laptop = await seededLaptop();
    const plan = await laptop.asParticipantA.must('plans.create', { title: 'Ma boutique', language: 'fr' });
    // Participant A returns to Sénégal (Dakar): francs CFA of the BCEAO.
    expect(plan.document).toMatchObject({ currency: 'XOF', country: 'SN', town: 'Dakar', language: 'fr' });
    expect(plan.status).toBe('draft');
    const saved = await laptop.asParticipantA.must('plans.save', { planId: plan.id, title: 'Ma boutique', document: bamakoShopPlan() });
    expect(saved.status).toBe('draft');
    const list = await laptop.asParticipantA.must('plans.list', {});
    expect(list).toEqual([expect.objectContaining({ id: plan.id, title: 'Ma boutique', status: 'draft', currency: 'XOF', commentCount: 0 })]);
    expect((await laptop.asParticipantA.must('plans.get', { planId: plan.id })).document.finance.products).toHaveLength(3);
  });

  it('refuses bad numbers field by field and amounts too large to count, keeping what was saved', async () => {
    const laptop = await seededLaptop();
    const plan = await laptop.asParticipantA.must('plans.create', { title: 'Plan', language: 'fr' });
    await laptop.asParticipantA.must('plans.save', { planId: plan.id, title: 'Plan', document: bamakoShopPlan() });
    const before = databaseSnapshot(laptop.core);

    const negative = bamakoShopPlan();
    negative.finance.equipment[0]!.quantity = -2;
    const refusedNegative = await laptop.asParticipantA.call('plans.save', { planId: plan.id, title: 'Plan', document: negative });
    expect(refusedNegative).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'document.finance.equipment.0.quantity': { key: 'validation.tooSmall' } } } });

    const text = bamakoShopPlan() as unknown as { finance: { products: { price: unknown }[] } };
    text.finance.products[0]!.price = '550 F';
    expect(await laptop.asParticipantA.call('plans.save', { planId: plan.id, title: 'Plan', document: text as never })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const huge = bamakoShopPlan();
    for (const product of huge.finance.products) {
      product.price = MAX_AMOUNT;
      product.monthlyUnits = product.monthlyUnits.map(() => 1_000_000);
    }
    expect(await laptop.asParticipantA.call('plans.save', { planId: plan.id, title: 'Plan', document: huge })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', fields: { finance: { key: 'plan.tooLarge' } } },
    });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('keeps drafts private, lets the cohort’s facilitator read, comment and review a submitted plan, and shows the comments to the participant', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    const plan = await awa.must('plans.create', { title: 'Boutique', language: 'fr' });
    await awa.must('plans.save', { planId: plan.id, title: 'Boutique', document: bamakoShopPlan() });

    expect(await laptop.asFacilitatorA.call('plans.get', { planId: plan.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await laptop.asFacilitatorA.must('plans.forCohort', { cohortId: laptop.cohortA.id })).toEqual([]);

    const submitted = await awa.must('plans.submit', { planId: plan.id });
    expect(submitted.status).toBe('submitted');
    // Submitted: locked for the participant until they take it back.
    expect(await awa.call('plans.save', { planId: plan.id, title: 'Boutique', document: bamakoShopPlan() })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const listed = await laptop.asFacilitatorA.must('plans.forCohort', { cohortId: laptop.cohortA.id });
    expect(listed).toEqual([expect.objectContaining({ id: plan.id, participantName: 'Awa Test', status: 'submitted' })]);
    const read = await laptop.asFacilitatorA.must('plans.get', { planId: plan.id });
    expect(read.document.projectTitle).toBe('Boutique d’alimentation à Bamako');

    await laptop.asFacilitatorA.must('plans.comment', { planId: plan.id, section: 'customers', text: 'Combien de familles ?' });
    const reviewed = await laptop.asFacilitatorA.must('plans.markReviewed', { planId: plan.id });
    expect(reviewed).toMatchObject({ status: 'reviewed', comments: [{ section: 'customers', authorName: 'Youssef', text: 'Combien de familles ?' }] });

    const seen = await awa.must('plans.get', { planId: plan.id });
    expect(seen).toMatchObject({ status: 'reviewed', comments: [{ section: 'customers', text: 'Combien de familles ?' }] });
    expect((await awa.must('plans.list', {}))[0]).toMatchObject({ status: 'reviewed', commentCount: 1 });

    // Editing after the review makes it a draft again; the comments stay.
    expect((await awa.must('plans.save', { planId: plan.id, title: 'Boutique', document: bamakoShopPlan() })).status).toBe('draft');
    expect((await awa.must('plans.get', { planId: plan.id })).comments).toHaveLength(1);
  });

  it('keeps plans away from other participants and from facilitators of other cohorts', async () => {
    const laptop = await seededLaptop();
    const plan = await laptop.asParticipantA.must('plans.create', { title: 'Secret', language: 'fr' });
    await laptop.asParticipantA.must('plans.submit', { planId: plan.id });
    for (const method of ['plans.get', 'plans.exportPdf', 'plans.delete', 'plans.submit', 'plans.reopen'] as const) {
      expect(await laptop.asParticipantB.call(method, { planId: plan.id }), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await laptop.asParticipantB.must('plans.list', {})).toEqual([]);
    const asFacilitatorB = caller(laptop.core);
    await asFacilitatorB.must('auth.signInStaff', { staffId: laptop.facilitatorB.id, password: 'animatrice-B-123' });
    expect(await asFacilitatorB.call('plans.get', { planId: plan.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await asFacilitatorB.call('plans.comment', { planId: plan.id, section: 'general', text: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await asFacilitatorB.call('plans.forCohort', { cohortId: laptop.cohortA.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('exports a PDF whose text holds the plan’s totals, in its language and currency', async () => {
    const laptop = await seededLaptop();
    await laptop.coordinator.must('settings.update', {
      organisationName: 'Association Foras', workshopPlace: 'Rabat', programmeName: 'Programme de réintégration', language: 'fr',
      idleMinutesParticipant: 5, idleMinutesStaff: 10, orientationContacts: {},
    });
    const plan = await laptop.asParticipantA.must('plans.create', { title: 'Boutique', language: 'fr' });
    await laptop.asParticipantA.must('plans.save', { planId: plan.id, title: 'Boutique', document: bamakoShopPlan() });
    const file = await laptop.asParticipantA.must('plans.exportPdf', { planId: plan.id });
    expect(file).toMatchObject({ fileName: 'Boutique.pdf', mimeType: 'application/pdf' });
    const text = await pdfText(file.content);
    expect(text).toContain('Awa Test');
    expect(text).toContain('Programme de réintégration');
    expect(text).toContain('Boutique d’alimentation à Bamako');
    expect(text).toContain('880 000'); // start-up needs
    expect(text).toContain('7 620 000'); // the year's sales
    expect(text).toContain('26 655'); // the loan's monthly repayment

    const english = await laptop.asParticipantA.must('plans.create', { title: 'Shop', language: 'en' });
    await laptop.asParticipantA.must('plans.save', { planId: english.id, title: 'Shop', document: bamakoShopPlan('en') });
    const englishText = await pdfText((await laptop.asParticipantA.must('plans.exportPdf', { planId: english.id })).content);
    expect(englishText).toContain('Business plan');
    expect(englishText).toContain('7,620,000');
  });
});
