import type { Language } from '../domain/roles';
import { formatMoney, formatNumber } from './labels';
import type { PlanSectionId, SectionFieldId } from './model';

/**
 * What the business-plan worksheet says on each screen, in French and
 * English: why the part matters to the reader in the home-country office,
 * a simple question per field and an example answer. The short titles are in
 * labels.ts and are not repeated here.
 *
 * All examples follow ONE plan, so that together they read as a coherent
 * whole: a small grocery shop in Kalaban Coura, Bamako (Mali), run by someone
 * who worked in a grocery shop in Casablanca. Its figures add up:
 * start-up 1 100 000 F CFA = fridge 300 000 + shelves 150 000 + first stock
 * 500 000 (the 950 000 asked for in kind) + rent and opening costs 150 000
 * (the participant's own savings).
 *
 * Writing rules: short sentences, everyday words, "vous" in French, no legal
 * or tax rule stated as fact (only where to ask). French puts an ordinary
 * space before « : ; ? ! », as in labels.ts and the CV guidance.
 */

export interface FieldGuidance {
  /** The field's prompt: a question in simple words. */
  question: string;
  /** A short example answer, from the running example. */
  example: string;
}

export interface SectionGuidance {
  /** Two or three short sentences: what this part is for and why the reader in the home-country office needs it. */
  explanation: string;
  /** For each field of the section: a question in simple words (the field's prompt), and a short example answer. */
  fields: Record<string, FieldGuidance>;
}

/** One section's guidance, with exactly that section's fields (a missing or extra field is a type error). */
export type SectionGuidanceFor<S extends PlanSectionId> = {
  explanation: string;
  fields: Record<SectionFieldId<S>, FieldGuidance>;
};

export type PlanSectionsGuidance = { [S in PlanSectionId]: SectionGuidanceFor<S> };

/** One to three short sentences explaining each financial worksheet. */
export interface FinanceGuidance {
  startup: string;
  funding: string;
  products: string;
  sales: string;
  costs: string;
  results: string;
}

export interface PlanGuidance {
  sections: PlanSectionsGuidance;
  finance: FinanceGuidance;
}

/** Amounts written as the French worksheet and PDF show them: "1 100 000 F CFA". */
const fcfa = (amount: number): string => formatMoney(amount, 'XOF', 'fr');
/** Amounts in natural English: "1,100,000 CFA francs". */
const cfa = (amount: number): string => `${formatNumber(amount, 'en')} CFA francs`;

const FR: PlanGuidance = {
  sections: {
    summary: {
      explanation:
        'Ces quelques lignes présentent tout votre projet. Au bureau du pays de retour, c’est la première chose qu’on lit. Écrivez-les à la fin, quand le reste est prêt.',
      fields: {
        summary: {
          question: 'En quelques phrases : que voulez-vous faire, où, pour qui ? De quoi avez-vous besoin ?',
          example: `Je veux ouvrir une boutique d’alimentation à Kalaban Coura, un quartier de Bamako. Je vendrai du riz, du sucre, de l’huile, du savon et des boissons fraîches. J’ai travaillé 3 ans dans une épicerie à Casablanca. Pour démarrer, il faut ${fcfa(1_100_000)}. Je demande un réfrigérateur, des étagères et le premier stock.`,
        },
      },
    },
    entrepreneur: {
      explanation:
        'Ici, vous parlez de vous. Le bureau veut savoir si vous pouvez mener ce projet. Votre travail au Maroc compte aussi : dites ce que vous y avez appris.',
      fields: {
        skills: {
          question: 'Que savez-vous bien faire qui servira dans votre projet ?',
          example:
            'Je sais accueillir les clients, compter vite et rendre la monnaie. Je sais acheter chez les grossistes et comparer les prix. Je note les ventes et les dépenses dans un cahier.',
        },
        experience: {
          question: 'Où avez-vous déjà fait ce travail, ou un travail proche ? Pendant combien de temps ?',
          example:
            'De 2021 à 2024, j’ai travaillé dans une épicerie de quartier à Casablanca. Je servais les clients et je rangeais le stock. Avant de partir, j’aidais mon oncle dans sa boutique à Bamako.',
        },
        motivation: {
          question: 'Pourquoi voulez-vous faire ce projet ?',
          example:
            'Je veux travailler à mon compte et aider ma famille. Le commerce, je le connais et je l’aime. Dans mon quartier, il manque une boutique avec des boissons fraîches.',
        },
      },
    },
    idea: {
      explanation:
        'Dites simplement ce que vous allez vendre, à qui et où. En lisant ces lignes, le bureau doit comprendre votre projet tout de suite.',
      fields: {
        offer: {
          question: 'Qu’allez-vous vendre ? Ou quel service allez-vous proposer ?',
          example:
            'Des produits de tous les jours : riz, sucre, huile, lait en poudre, pâtes, thé, savon. Et aussi des boissons fraîches, de l’eau fraîche et des yaourts.',
        },
        forWhom: {
          question: 'Qui va acheter vos produits ?',
          example:
            'Les familles du quartier, surtout les femmes qui préparent les repas. Aussi les élèves et les travailleurs qui passent dans la rue.',
        },
        where: {
          question: 'Où sera votre activité, dans votre ville de retour ? Pourquoi à cet endroit ?',
          example:
            'À Kalaban Coura, à Bamako, dans une petite boutique louée. Elle est près d’une école, dans une rue où passent beaucoup de gens. Le marché est à 20 minutes à pied.',
        },
      },
    },
    customers: {
      explanation:
        'Sans clients, il n’y a pas de commerce. Ici, vous montrez que vous connaissez les personnes qui vont acheter. Le bureau peut ainsi voir si vos ventes prévues sont réalistes.',
      fields: {
        who: {
          question: 'Qui sont vos clients ? Où vivent-ils ?',
          example:
            'Les familles des rues autour de la boutique. Les élèves de l’école voisine. Les chauffeurs de moto et les ouvriers qui passent.',
        },
        needs: {
          question: 'Que cherchent-ils ? Qu’est-ce qui compte pour eux ?',
          example:
            'Acheter près de chez eux, chaque jour, en petites quantités. Des prix justes. Une boutique ouverte tôt le matin et tard le soir.',
        },
        howMany: {
          question: 'Combien de clients pensez-vous avoir, par jour ou par mois ? Comment le savez-vous ?',
          example:
            'Au début, environ 40 clients par jour. Après 6 mois, environ 70. Mon frère a compté les clients d’une boutique du quartier pendant une journée.',
        },
      },
    },
    competitors: {
      explanation:
        'Vos concurrents vendent la même chose que vous, près de vos clients. Les connaître vous aide à faire mieux qu’eux. Le bureau veut voir que vous y avez pensé.',
      fields: {
        who: {
          question: 'Qui vend déjà la même chose près de vos clients ?',
          example:
            'Deux boutiques dans le quartier, à 300 et 500 mètres. Des vendeurs de rue pour l’eau et les boissons. Le marché, à 20 minutes à pied.',
        },
        strengths: {
          question: 'Qu’est-ce qu’ils font bien ? Pourquoi les clients vont-ils chez eux ?',
          example:
            'Le marché est moins cher pour les grandes quantités. Les boutiques voisines sont connues depuis longtemps. Elles font crédit aux clients fidèles.',
        },
        difference: {
          question: 'Pourquoi les clients viendront-ils chez vous plutôt que chez eux ?',
          example:
            'J’aurai un réfrigérateur : boissons fraîches, lait et yaourts. La boutique sera propre et bien rangée, avec les prix affichés. J’accepterai aussi le paiement par mobile money.',
        },
      },
    },
    marketing: {
      explanation:
        'Le marketing, c’est tout ce qui fait venir les clients et les fait revenir. On le pense en 4 points : produit, prix, lieu de vente, promotion. Le bureau veut voir comment vous allez vendre.',
      fields: {
        product: {
          question: 'Que vendez-vous exactement ? En quelles quantités ?',
          example:
            'Riz, sucre, huile, lait, pâtes, thé, savon, piles. Je vends aussi au détail : un petit sachet d’huile, un demi-kilo de sucre. Les boissons sont au frais.',
        },
        price: {
          question: 'À quel prix allez-vous vendre ? Comment avez-vous choisi ce prix ?',
          example: `Les mêmes prix que les boutiques voisines, parfois un peu moins. Le kilo de sucre : acheté ${fcfa(600)}, vendu ${fcfa(700)}. La différence, c’est ma marge : avec elle, je paie le loyer et je gagne ma vie.`,
        },
        place: {
          question: 'Où et quand les clients pourront-ils acheter ?',
          example:
            'Dans la boutique, tous les jours de 7 h à 22 h. Les voisins peuvent aussi commander par téléphone : je livre dans le quartier.',
        },
        promotion: {
          question: 'Comment les gens vont-ils connaître votre boutique et y revenir ?',
          example:
            'Une enseigne peinte au-dessus de la porte. Le jour de l’ouverture, un petit cadeau pour les premiers clients. J’en parle aux voisins et aux associations de femmes du quartier.',
        },
      },
    },
    staff: {
      explanation:
        'Dites qui va travailler avec vous et ce que fait chaque personne. Un parent qui aide compte aussi. Le bureau veut voir que l’activité peut tourner tous les jours.',
      fields: {
        staff: {
          question: 'Qui va travailler avec vous ? Que fera chaque personne ? Combien sera-t-elle payée ?',
          example: `Ma petite sœur, 22 ans, tient la boutique l’après-midi. Elle la garde aussi quand je vais chez le grossiste. Je lui donne ${fcfa(25_000)} par mois.`,
        },
      },
    },
    legal: {
      explanation:
        'Une activité en règle peut grandir et travailler sans problème. Ici, dites sous quelle forme vous allez travailler, et quels papiers et taxes sont à prévoir. Si vous ne savez pas encore, écrivez où vous allez vous renseigner.',
      fields: {
        form: {
          question: 'Allez-vous travailler à votre nom, ou avec des associés ?',
          example:
            'À mon nom, comme entreprise individuelle. Je vais demander au guichet unique quelle forme convient à une petite boutique.',
        },
        licences: {
          question: 'Quels papiers ou autorisations faut-il pour ouvrir ? Où allez-vous les demander ?',
          example:
            'Je vais me renseigner à la mairie de ma commune et au guichet unique de création d’entreprise. Je garde aussi le contrat de location de la boutique.',
        },
        taxes: {
          question: 'Quels impôts ou taxes devrez-vous payer ? Où allez-vous vous renseigner ?',
          example:
            'Je ne connais pas encore les montants. Je vais demander à la mairie et au service des impôts. En attendant, j’ai prévu une petite somme chaque mois dans mes charges.',
        },
      },
    },
    risks: {
      explanation:
        'Tout projet a des risques. Pour chacun, dites ce que vous ferez pour l’éviter ou le réduire. Un plan qui en parle donne confiance au bureau.',
      fields: {
        risks: {
          question: 'Qu’est-ce qui pourrait mal se passer ? Que ferez-vous si cela arrive ?',
          example:
            'Le vol : une porte en métal et un bon cadenas. Les coupures de courant : une glacière et peu de produits frais à la fois. Le crédit aux clients : seulement aux voisins connus, noté dans un cahier, avec une limite. Les prix qui montent : je compare plusieurs grossistes.',
        },
      },
    },
    support: {
      explanation:
        'Ici, vous dites ce que vous demandez au programme. L’appui est souvent donné en nature : du matériel ou du stock, pas de l’argent. Donnez des détails : quoi, combien, à quel prix.',
      fields: {
        support: {
          question: 'De quoi avez-vous besoin pour démarrer ? Combien, à quel prix ? Que payez-vous vous-même ?',
          example: `Un réfrigérateur vitré : ${fcfa(300_000)}. Trois étagères en métal : ${fcfa(150_000)}. Le premier stock : ${fcfa(500_000)}. Total demandé : ${fcfa(950_000)}. J’apporte ${fcfa(150_000)} de mes économies pour le loyer et les frais d’ouverture.`,
        },
      },
    },
  },
  finance: {
    startup:
      'Notez tout ce qu’il faut avant la première vente. D’abord le matériel : la quantité et le prix de chaque chose. Puis l’argent pour le premier stock, le loyer d’avance et les autres frais d’ouverture.',
    funding:
      'Dites d’où vient l’argent pour démarrer : vos économies, l’appui en nature demandé, les prêts. Un prêt se rembourse chaque mois, avec des intérêts. Le total doit couvrir tous les besoins de démarrage.',
    products:
      'Pour chaque produit, notez le coût d’une unité : pour une boutique, c’est surtout le prix d’achat. Notez aussi le prix de vente. La différence s’appelle la marge : c’est ce que vous gagnez par unité vendue.',
    sales:
      'Estimez combien d’unités vous vendrez chaque mois, sur un an. Pensez aux saisons : les fêtes, la rentrée scolaire, la saison des pluies. Au début, les ventes sont souvent faibles : ne visez pas trop haut.',
    costs:
      'Notez ce que vous payez chaque mois, même sans vente : loyer, électricité, salaires, téléphone, transport, taxes. On les appelle les charges. Elles reviennent tous les mois.',
    results:
      'Le bénéfice, c’est ce qui reste des ventes quand tous les coûts sont payés. La trésorerie, c’est l’argent en caisse : sous zéro, vous ne pouvez plus rien payer. Le seuil de rentabilité, c’est le niveau de ventes où vous ne gagnez rien et ne perdez rien.',
  },
};

const EN: PlanGuidance = {
  sections: {
    summary: {
      explanation:
        'These few lines sum up your whole project. The home-country office reads them first. Write them last, when everything else is ready.',
      fields: {
        summary: {
          question: 'In a few sentences: what will you do, where, and for whom? What do you need?',
          example: `I want to open a small grocery shop in Kalaban Coura, a district of Bamako. I will sell rice, sugar, oil, soap and cold drinks. I worked for 3 years in a grocery shop in Casablanca. I need ${cfa(1_100_000)} to get started. I am asking for a fridge, shelves and my first stock.`,
        },
      },
    },
    entrepreneur: {
      explanation:
        'This part is about you. The office wants to know that you can run this project. Your work in Morocco counts too: say what you learned there.',
      fields: {
        skills: {
          question: 'What are you good at that will help in your business?',
          example:
            'I know how to welcome customers, count fast and give change. I can buy from wholesalers and compare prices. I write down sales and expenses in a notebook.',
        },
        experience: {
          question: 'Where have you done this work, or similar work? For how long?',
          example:
            'From 2021 to 2024, I worked in a neighbourhood grocery shop in Casablanca. I served customers and stocked the shelves. Before I left, I helped my uncle in his shop in Bamako.',
        },
        motivation: {
          question: 'Why do you want to start this business?',
          example:
            'I want to work for myself and support my family. I know this trade and I enjoy it. My neighbourhood has no shop selling cold drinks.',
        },
      },
    },
    idea: {
      explanation:
        'Say simply what you will sell, to whom and where. Anyone reading it should understand your project straight away.',
      fields: {
        offer: {
          question: 'What will you sell, or what service will you offer?',
          example: 'Everyday goods: rice, sugar, oil, powdered milk, pasta, tea and soap. Also cold drinks, chilled water and yoghurts.',
        },
        forWhom: {
          question: 'Who will buy from you?',
          example: 'Families in the neighbourhood, especially the women who cook the meals. Also pupils and workers passing in the street.',
        },
        where: {
          question: 'Where in your home town will you set up? Why there?',
          example: 'In Kalaban Coura, Bamako, in a small rented shop. It is near a school, on a busy street. The market is a 20-minute walk away.',
        },
      },
    },
    customers: {
      explanation:
        'No customers, no business. Here you show that you know the people who will buy from you. This helps the office see whether your sales figures are realistic.',
      fields: {
        who: {
          question: 'Who are your customers? Where do they live?',
          example: 'Families in the streets around the shop. Pupils from the school next door. Motorbike drivers and workers passing by.',
        },
        needs: {
          question: 'What are they looking for? What matters to them?',
          example: 'To buy close to home, every day, in small amounts. Fair prices. A shop that opens early and closes late.',
        },
        howMany: {
          question: 'How many customers do you expect, per day or per month? How do you know?',
          example: 'About 40 customers a day at first, and about 70 after six months. My brother counted the customers of a local shop for one day.',
        },
      },
    },
    competitors: {
      explanation:
        'Competitors sell the same things as you, close to your customers. Knowing them helps you do better. The office wants to see that you have thought about them.',
      fields: {
        who: {
          question: 'Who already sells the same things near your customers?',
          example: 'Two shops in the neighbourhood, 300 and 500 metres away. Street sellers for water and drinks. The market, a 20-minute walk away.',
        },
        strengths: {
          question: 'What do they do well? Why do customers go to them?',
          example: 'The market is cheaper for large amounts. The shops nearby have been there for years. They give credit to regular customers.',
        },
        difference: {
          question: 'Why will customers come to you rather than to them?',
          example:
            'I will have a fridge: cold drinks, milk and yoghurts. The shop will be clean and tidy, with prices on display. I will also take mobile money.',
        },
      },
    },
    marketing: {
      explanation:
        'Marketing is everything that brings customers in and makes them come back. Think of it in four points: product, price, place of sale and promotion. The office wants to see how you will sell.',
      fields: {
        product: {
          question: 'What exactly will you sell? In what quantities?',
          example:
            'Rice, sugar, oil, milk, pasta, tea, soap and batteries. I also sell in small amounts: a small bag of oil, half a kilo of sugar. Drinks are kept cold.',
        },
        price: {
          question: 'What prices will you charge? How did you choose them?',
          example: `The same prices as nearby shops, sometimes a little lower. Sugar: I buy a kilo for ${cfa(600)} and sell it for ${cfa(700)}. The difference is my margin: it pays the rent and gives me a living.`,
        },
        place: {
          question: 'Where and when can customers buy from you?',
          example: 'In the shop, every day from 7 am to 10 pm. Neighbours can also order by phone: I deliver around the neighbourhood.',
        },
        promotion: {
          question: 'How will people find out about your shop and keep coming back?',
          example: 'A painted sign above the door. A small gift for the first customers on opening day. I tell the neighbours and the local women’s groups.',
        },
      },
    },
    staff: {
      explanation:
        'Say who will work with you and what each person does. A relative who helps counts too. The office wants to see that the business can open every day.',
      fields: {
        staff: {
          question: 'Who will work with you? What will each person do? How much will they be paid?',
          example: `My younger sister, aged 22, runs the shop in the afternoon. She also takes over when I go to the wholesaler. I pay her ${cfa(25_000)} a month.`,
        },
      },
    },
    legal: {
      explanation:
        'A registered business can grow and work without trouble. Here, say how your business will be set up, and which papers and taxes to expect. If you do not know yet, say where you will ask.',
      fields: {
        form: {
          question: 'Will you work in your own name, or with partners?',
          example: 'In my own name, as a sole trader. I will ask at the one-stop office for new businesses which form suits a small shop.',
        },
        licences: {
          question: 'What papers or permits do you need to open? Where will you get them?',
          example: 'I will ask at my local town hall and at the one-stop office for new businesses. I will also keep the rental contract for the shop.',
        },
        taxes: {
          question: 'What taxes will you have to pay? Where will you find out?',
          example:
            'I do not know the amounts yet. I will ask at the town hall and the tax office. Until then, I have set aside a small amount each month in my costs.',
        },
      },
    },
    risks: {
      explanation:
        'Every business has risks. For each one, say what you will do to avoid it or limit the damage. A plan that faces its risks earns the office’s trust.',
      fields: {
        risks: {
          question: 'What could go wrong? What will you do if it happens?',
          example:
            'Theft: a metal door and a strong padlock. Power cuts: a cool box, and not too much fresh stock at once. Credit to customers: only for neighbours I know, written in a notebook, with a limit. Rising prices: I compare several wholesalers.',
        },
      },
    },
    support: {
      explanation:
        'Here you say what you are asking the programme for. Support is usually given in kind: equipment or stock, not cash. Give details: what, how many, at what price.',
      fields: {
        support: {
          question: 'What do you need to get started? How many, at what price? What will you pay for yourself?',
          example: `A glass-door fridge: ${cfa(300_000)}. Three metal shelves: ${cfa(150_000)}. First stock: ${cfa(500_000)}. Total requested: ${cfa(950_000)}. I am putting in ${cfa(150_000)} of my savings for the rent and opening costs.`,
        },
      },
    },
  },
  finance: {
    startup:
      'List everything you need before your first sale. First the equipment: how many of each item, and the price. Then the money for your first stock, rent paid in advance and other opening costs.',
    funding:
      'Say where the start-up money comes from: your savings, the in-kind support you ask for, any loans. A loan is paid back every month, with interest. The total should cover all your start-up needs.',
    products:
      'For each product, write down what one unit costs you: for a shop, mostly the buying price. Then add the selling price. The difference is your margin: what you earn on each unit sold.',
    sales:
      'Estimate how many units you will sell each month, for one year. Think of the seasons: holidays, the start of the school year, the rainy season. Sales are often low at first, so do not aim too high.',
    costs:
      'Write down what you pay every month, even with no sales: rent, electricity, wages, phone, transport, taxes. These costs come back every month.',
    results:
      'Profit is what is left from your sales once all costs are paid. Cash is the money you actually have: below zero, you cannot pay your bills. Break-even is the level of sales where you neither earn nor lose money.',
  },
};

export const PLAN_GUIDANCE: Record<Language, PlanGuidance> = { fr: FR, en: EN };
