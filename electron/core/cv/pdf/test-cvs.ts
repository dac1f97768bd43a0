import { emptyCv, type Cv, type Experience } from '../../../../shared/cv/model';

/** CVs for the PDF tests (and for looking at the output by hand). */

/** 200 characters, no space: must wrap or shrink, never overflow. */
export const LONG_NAME = 'Ndèyeçœur'.repeat(23).slice(0, 200);

/** A 120×150 JPEG (a drawn silhouette, made with pdfkit and pdftoppm). */
export const PHOTO_DATA_URL =
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCACWAHgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDs6KKK0MwooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKr3N7a2v/HxcRxn0Lc/lVP/AISHSf8An7/8ht/hSbSGot7I1KKr217a3X/HvcRyH0Dc/lVimIKKKKACiiigAooooAKKKKACiiigBHdY0Z3YKqjJJ6AVyGr+I5Z2MVgzRRdC/Rm+np/Op/FmonethE2ABulx39B/X8q5msak+iOinTVrsCSxJJJJ5JNFFFYmwAlSCCQRyCK39I8RywMIr9mli6B+rL9fX+dYFFNSa2FKKluenI6yIrowZWGQR0Ipa5bwnqJ3tYStkEbos9vUf1/OuprpjLmVzklHldgoooqiQooooAKKKKACiiigDze+nN1fTzk53uSPp2/SoKV1KOVYYKnBFJXGdyCiiigAooooAnsZza30E4ONjgn6d/0r0ivMUUu4VRkscAV6dW1LqYVugUUUVsYBRRRQAUUUUAFFFFAHB+IrQ2urSkDCSnzFP16/rmsyu/1nTE1O02ZCypzG3ofT6GuEnglt5minQo69Qa5pxszqpyuiOiiioNAooqSCCW4mWKBC7t0AoAv+HbQ3WrREjKRHzGP06friu8rP0bTE0y02ZDSvzI3qfT6CtCumEeVHJUlzMKKKKsgKKKKACiiigAooooAKp6hplrqKbbiP5gPldeGH41cooauNO2xyF14UuUJNrNHKvo3yn/Cqf/CPatn/AI9f/Ii/413dFZulE0VWRyFr4UuXIN1NHEvovzH/AAro9P0y105NtvH8xHzO3LH8auUVSglsTKcpbhRRRVEBRRRQAUUUUAFFFFABRRWVrGtQ6avlriS4I4TPC+5ppXE2luaM88VvGZJ5FjQd2OKw7vxVbRnbaxPMf7x+Uf41zF5e3F9N5tzIXPYdl+gqvWiprqZOo+htzeJ9Rkzs8qIdtq5P61B/wkOrf8/X/kNP8Ky6KvlRHM+5tw+J9Rjxv8qUd9y4P6VqWniq2kO26ieE/wB4fMP8a5Cik4JjU5I9LgniuIxJBIsiHupzUlecWd7cWM3m20hQ9x2b6iuy0fWodSXy2xHcAcpnhvcVnKDRrGaZq0UUVBYUUUUAFFFNlkSKJ5JDtRAWY+gFAGdrmqrptthMG4k4RfT3NcLI7ySM8jFnY5JJ5JqxqN49/eyXD8bj8o/ujsKq1vGNkc85czCiiiqICiiigAooooAKdG7xyK8bFXU5BB5BptFAHeaHqq6lbYfAuI+HX19xWnXnWnXj2F7HcJztPzD+8O4r0OKRJYkkjO5HAZT6g1jONmdEJXQ6iiioLCsPxZdGHTlgU4adsH/dHJ/pW5XHeLpS+pxxZ4jjHHuSf/rVUFdkTdomDRRRW5zhRRRQAUUUUAFFFFABRRRQAV2fhO6M2nNAxy0DYH+6eR/WuMre8IylNTkizxJGePcEf/XqZq6Lg7SOxooorA6ArhPEpP8Abtx7bf8A0EUUVdPczq7GXRRRWxgFFFFABRRRQAUUUUAFFFFABWp4aONdt/fd/wCgmiilLYqO6O7ooornOk//2Q==';

export const ARABIC_INTEREST = 'الخياطة';
/** "N'Ko" written in N'Ko. */
export const NKO_INTEREST = 'ߒߞߏ';

const ROLES = ['Couturière', 'Vendeuse au marché', 'Aide-cuisinière', 'Caissière', 'Ouvrière agricole', 'Commerçante'];
const EMPLOYERS = ['Atelier Nour', 'Marché Sandaga', 'Restaurant « Le Baobab »', 'Supérette Çà et là', 'Ferme des Œillets', ''];
const PLACES = ['Casablanca, Maroc', 'Dakar, Sénégal', 'Tanger, Maroc', 'Thiès, Sénégal'];

function experience(i: number): Experience {
  const year = 2000 + i * 2;
  return {
    id: `exp-${i}`,
    role: ROLES[i % ROLES.length] ?? 'Couturière',
    employer: EMPLOYERS[i % EMPLOYERS.length] ?? '',
    selfEmployed: i % EMPLOYERS.length === EMPLOYERS.length - 1,
    place: PLACES[i % PLACES.length] ?? '',
    start: `${year}-${String((i % 12) + 1).padStart(2, '0')}`,
    end: i === 11 ? '' : `${year + 1}-${String(((i + 5) % 12) + 1).padStart(2, '0')}`,
    current: i === 11,
    tasks: [
      `Accueillir les clientes et préparer les commandes de la journée (tâche ${i + 1}.1)`,
      `Coudre, repasser et vérifier la qualité des pièces très délicates à la main et à la machine, en respectant les délais fixés par l’atelier (tâche ${i + 1}.2)`,
      `Tenir le cahier de caisse (tâche ${i + 1}.3)`,
      `Former deux apprenties à la coupe « à plat » et au montage des manches (tâche ${i + 1}.4)`,
    ],
  };
}

/** A long French CV: accents, a 200-character name, 12 experiences of 4 tasks, interests in Arabic and N'Ko. */
export function longFrenchCv(template: Cv['template'] = 'sober'): Cv {
  return {
    ...emptyCv('fr', { firstName: LONG_NAME, lastName: 'Diop', country: 'SN' }),
    template,
    contact: { phone: '+221771234567', email: 'ndeye.diop@example.org', city: 'Thiès', country: 'SN' },
    targetJob: 'Couturière – retouches et créations sur mesure',
    summary:
      'Couturière expérimentée, j’ai travaillé douze ans entre le Sénégal et le Maroc. Je crée des tenues « sur mesure », je gère une petite caisse et je forme des apprenties.\nJe cherche un poste en atelier ou à mon compte, près de Thiès.',
    experience: Array.from({ length: 12 }, (_, i) => experience(i)),
    education: [
      { id: 'edu-1', title: 'Atelier Foras : compétences de vie', institution: 'Association Foras', place: 'Rabat', start: '2026-03', end: '2026-04', details: 'Confiance en soi, CV et entretien.\nGestion d’un budget.' },
      { id: 'edu-2', title: 'CAP couture', institution: 'Centre de formation professionnelle', place: 'Thiès', start: '1998-09', end: '2000-06', details: '' },
    ],
    skills: ['Coupe et couture', 'Broderie', 'Accueil des clients', 'Gestion de caisse', 'Repassage', 'Retouches'],
    languages: [
      { id: 'lang-1', name: 'Wolof', level: 'native', showCefr: true },
      { id: 'lang-2', name: 'Français', level: 'fluent', showCefr: true },
      { id: 'lang-3', name: 'Arabe dialectal', level: 'intermediate', showCefr: false },
      { id: 'lang-4', name: 'Anglais', level: 'notions', showCefr: true },
    ],
    drivingLicence: 'Permis B',
    interests: ['Cuisine sénégalaise', ARABIC_INTEREST, NKO_INTEREST, 'Danse'],
    references: [{ id: 'ref-1', name: 'Mme Fatou Fall', relation: 'Patronne de l’atelier Nour', phone: '+212612345678' }],
  };
}

/** A short CV with a photo and a short name, every section filled. */
export function shortCv(template: Cv['template'] = 'sober'): Cv {
  const cv = longFrenchCv(template);
  return { ...cv, identity: { firstName: 'Aïssatou', lastName: 'Diop', photo: PHOTO_DATA_URL }, experience: cv.experience.slice(0, 2) };
}
