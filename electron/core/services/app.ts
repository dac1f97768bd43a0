import type { Handlers } from '../dispatcher';
import { hashSecret } from '../auth/secret-hash';
import { AppError } from '../errors';
import { startSession } from './auth';
import { hasSampleData, insertSampleData, removeSampleData } from './sample-data';
import { insertStaff } from './staff';
import type { CoreDeps } from '../context';

type AppHandlers = Pick<
  Handlers,
  'app.status' | 'app.setLanguage' | 'setup.complete' | 'settings.get' | 'settings.update' | 'sample.remove'
>;

export function createAppHandlers(): AppHandlers {
  return {
    'app.status': (_input, { deps }) => {
      const settings = deps.settings.read();
      const problem = deps.database.problem();
      if (problem) {
        return {
          setupRequired: false,
          language: settings.language,
          organisationName: settings.organisationName,
          workshopPlace: settings.workshopPlace,
          sampleDataPresent: false,
          version: deps.appVersion,
          recovery: { kind: problem.kind },
        };
      }
      return {
        recovery: null,
        setupRequired: !hasCoordinator(deps),
        language: settings.language,
        organisationName: settings.organisationName,
        workshopPlace: settings.workshopPlace,
        sampleDataPresent: hasSampleData(deps),
        version: deps.appVersion,
      };
    },

    'app.setLanguage': ({ language }, { deps }) => {
      deps.settings.update({ language });
      return null;
    },

    'setup.complete': async (input, ctx) => {
      const { deps } = ctx;
      if (hasCoordinator(deps)) throw new AppError('SETUP_ALREADY_DONE', 'This laptop is already set up');
      const passwordHash = await hashSecret(input.password);
      // Checked again after the await: two setup forms sent at once must not both create a coordinator.
      if (hasCoordinator(deps)) throw new AppError('SETUP_ALREADY_DONE', 'This laptop is already set up');
      const coordinator = insertStaff(deps, { name: input.coordinatorName, role: 'coordinator', passwordHash, isSample: false });
      deps.settings.update({
        organisationName: input.organisationName,
        workshopPlace: input.workshopPlace,
        language: input.language,
      });
      if (input.withSampleData) await insertSampleData(deps);
      const settings = deps.settings.read();
      return startSession(ctx, {
        id: coordinator.id,
        role: 'coordinator',
        displayName: coordinator.name,
        avatar: null,
        language: settings.language,
        idleMinutes: settings.idleMinutesStaff,
      });
    },

    'settings.get': (_input, { deps }) => pickOrganisationSettings(deps),

    'settings.update': (input, { deps }) => {
      deps.settings.update(input);
      return pickOrganisationSettings(deps);
    },

    'sample.remove': (_input, { deps }) => {
      removeSampleData(deps);
      return null;
    },
  };
}

function hasCoordinator(deps: CoreDeps): boolean {
  return deps.db.prepare("SELECT 1 FROM staff WHERE role = 'coordinator' LIMIT 1").pluck().get() !== undefined;
}

function pickOrganisationSettings(deps: CoreDeps) {
  const { organisationName, workshopPlace, programmeName, language, idleMinutesParticipant, idleMinutesStaff, orientationContacts } = deps.settings.read();
  return { organisationName, workshopPlace, programmeName, language, idleMinutesParticipant, idleMinutesStaff, orientationContacts };
}
