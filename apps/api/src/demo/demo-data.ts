import type { OrganisationType, TransformationTheme } from '@leerkring/domain';

/**
 * Fictional, realistic Dutch demo data after the seed stories of the product brief. Municipalities and regions are
 * real places; every provider, network and person is invented.
 */
export interface DemoOrganisation {
  name: string;
  type: OrganisationType;
  kvkNumber?: string;
  oin?: string;
}

export const gemeente = (name: string, oin?: string): DemoOrganisation => ({
  name: `Gemeente ${name}`,
  type: 'gemeente',
  ...(oin ? { oin } : {}),
});

/** The 26 strategic partners of the Oude IJsselstreek bouwteam for youth care and Wmo. */
export const oudeIJsselstreekPartners: DemoOrganisation[] = [
  { name: 'Zorggroep De Linde', type: 'zorgaanbieder', kvkNumber: '09170001' },
  { name: 'Jeugdhulp Oost Achterhoek', type: 'zorgaanbieder', kvkNumber: '09170002' },
  { name: 'Welzijn Oude IJssel', type: 'welzijnsorganisatie', kvkNumber: '09170003' },
  { name: 'Stichting Buurtkracht Gendringen', type: 'bewonersinitiatief', kvkNumber: '09170004' },
  { name: 'Thuiszorg Het Achterveld', type: 'zorgaanbieder', kvkNumber: '09170005' },
  { name: 'GGD Noord- en Oost-Gelderland', type: 'ggd', kvkNumber: '09170006' },
  { name: 'Zorgverzekeraar Oost Nederland (fictief)', type: 'zorgverzekeraar', kvkNumber: '09170007' },
  { name: 'Ambulante Begeleiding De Brug', type: 'zorgaanbieder', kvkNumber: '09170008' },
  { name: 'Dagbesteding Het Erf', type: 'zorgaanbieder', kvkNumber: '09170009' },
  { name: 'Gezinshuis De Esdoorn', type: 'zorgaanbieder', kvkNumber: '09170010' },
  { name: 'Schuldhulp Achterhoek', type: 'welzijnsorganisatie', kvkNumber: '09170011' },
  { name: 'Mantelzorgpunt Oude IJsselstreek', type: 'welzijnsorganisatie', kvkNumber: '09170012' },
  { name: 'GGZ Gelderse Vallei Oost (fictief)', type: 'zorgaanbieder', kvkNumber: '09170013' },
  { name: 'Verslavingszorg De Overgang', type: 'zorgaanbieder', kvkNumber: '09170014' },
  { name: 'Huisartsenkring Oude IJssel', type: 'netwerk', kvkNumber: '09170015' },
  { name: 'Woningstichting IJsselhof', type: 'other', kvkNumber: '09170016' },
  { name: 'Jongerenwerk Ulft-Terborg', type: 'welzijnsorganisatie', kvkNumber: '09170017' },
  { name: 'Logeerhuis De Regenboog', type: 'zorgaanbieder', kvkNumber: '09170018' },
  { name: 'Vrijwilligerscentrale Oude IJsselstreek', type: 'welzijnsorganisatie', kvkNumber: '09170019' },
  { name: 'Kinderopvang Het Speelkwartier', type: 'other', kvkNumber: '09170020' },
  { name: 'Onderwijszorgnetwerk Achterhoek', type: 'netwerk', kvkNumber: '09170021' },
  { name: 'Wijkverpleging Samen Thuis', type: 'zorgaanbieder', kvkNumber: '09170022' },
  { name: 'Cliëntenraad Sociaal Domein Oude IJsselstreek', type: 'bewonersinitiatief', kvkNumber: '09170023' },
  { name: 'Werkbedrijf Laborijn-Oost (fictief)', type: 'other', kvkNumber: '09170024' },
  { name: 'Leefstijlcoaches Achterhoek', type: 'zorgaanbieder', kvkNumber: '09170025' },
  { name: 'Kenniscentrum Sociaal Werk Oost', type: 'kennisinstituut', kvkNumber: '09170026' },
];

/** Partners of Blauwe Zorg in de Wijk in Maastricht: a different tenant. */
export const maastrichtPartners: DemoOrganisation[] = [
  { name: 'Huisartsenpraktijk Wittevrouwenveld (fictief)', type: 'zorgaanbieder', kvkNumber: '14170001' },
  { name: 'Wijkteam Maastricht-Noordoost', type: 'welzijnsorganisatie', kvkNumber: '14170002' },
  { name: 'Welzijn Mergelland', type: 'welzijnsorganisatie', kvkNumber: '14170003' },
  { name: 'GGD Zuid Limburg', type: 'ggd', kvkNumber: '14170004' },
  { name: 'Zorgverzekeraar Zuid (fictief)', type: 'zorgverzekeraar', kvkNumber: '14170005' },
  { name: 'Fysiotherapie Sint-Pieter', type: 'zorgaanbieder', kvkNumber: '14170006' },
  { name: 'Buurtnetwerk Blauwe Zorg', type: 'netwerk', kvkNumber: '14170007' },
];

export const knowledgeInstitute: DemoOrganisation = {
  name: 'Instituut voor Samen Leren (fictief)',
  type: 'kennisinstituut',
  kvkNumber: '30170001',
};

/** Ten regions, each with a few of its real municipalities; the learning group spans all ten. */
export const regions: { name: string; municipalities: string[] }[] = [
  {
    name: 'Achterhoek',
    municipalities: [
      'Aalten',
      'Berkelland',
      'Bronckhorst',
      'Doetinchem',
      'Montferland',
      'Oost Gelre',
      'Oude IJsselstreek',
      'Winterswijk',
    ],
  },
  {
    name: 'Zuid-Limburg',
    municipalities: ['Maastricht', 'Heerlen', 'Sittard-Geleen', 'Kerkrade', 'Valkenburg aan de Geul'],
  },
  {
    name: 'Brabant-Noordoost',
    municipalities: ['Oss', "'s-Hertogenbosch", 'Maashorst', 'Meierijstad', 'Land van Cuijk'],
  },
  { name: 'Twente', municipalities: ['Enschede', 'Hengelo', 'Almelo'] },
  { name: 'Drechtsteden', municipalities: ['Dordrecht', 'Zwijndrecht', 'Papendrecht'] },
  { name: 'Noord-Veluwe', municipalities: ['Harderwijk', 'Ermelo', 'Nunspeet'] },
  { name: 'Zaanstreek-Waterland', municipalities: ['Zaanstad', 'Purmerend', 'Edam-Volendam'] },
  { name: 'Midden-Holland', municipalities: ['Gouda', 'Waddinxveen', 'Krimpenerwaard'] },
  { name: 'Noord-Groningen', municipalities: ['Het Hogeland', 'Eemsdelta'] },
  { name: 'West-Brabant', municipalities: ['Breda', 'Roosendaal', 'Bergen op Zoom'] },
];

export const municipalityOins: Record<string, string> = {
  'Oude IJsselstreek': '00000001001589080000',
  Maastricht: '00000001002166470000',
};

export const buildingTeams: {
  name: string;
  theme: TransformationTheme;
  municipality: string;
  startDate: string;
  description: string;
  partners: DemoOrganisation[];
}[] = [
  {
    name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek',
    theme: 'youth-and-wmo',
    municipality: 'Oude IJsselstreek',
    startDate: '2024-01-15',
    description:
      'Van 116 naar 26 strategische partners: samen werken we aan de transformatie van jeugdhulp en Wmo. Eerst buurten, dan zorgen — vertrouwen in plaats van een regietoren. Maandelijks bespreken we casuïstiek in intervisie.',
    partners: oudeIJsselstreekPartners,
  },
  {
    name: 'Blauwe Zorg in de Wijk Maastricht',
    theme: 'neighbourhood',
    municipality: 'Maastricht',
    startDate: '2023-09-01',
    description:
      'Positieve Gezondheid als gedeelde taal tussen huisartsen, wijkteam en welzijn. Eén gezinsregisseur neemt de regie waar een huishouden 11 tot 18 professionals ziet; casuïstiek is de hefboom voor richtlijnen over wat we wel en niet registreren.',
    partners: maastrichtPartners,
  },
];

export const learningGroup = {
  name: 'Financieren vanuit de bedoeling',
  theme: 'Financiering in het sociaal domein',
  startDate: '2025-09-01',
  endDate: '2027-06-30',
  description:
    "Leergroep van tien regio's die zoeken naar financiering die de bedoeling volgt in plaats van de productie. Het gespreksdocument (beeldplaat) is een bètaversie die na elke bijeenkomst wordt bijgesteld.",
  regions: regions.map((region) => region.name),
};

/** The password of every demo account; demo mode only. */
export const demoPassword = 'leerkring-demo';

export const demoPeople: {
  email: string;
  name: string;
  organisation: string;
  isAdmin?: true;
  roles: {
    context: 'oude-ijsselstreek' | 'maastricht' | 'achterhoek' | 'learning-group';
    role: 'partner' | 'facilitator' | 'coordinator' | 'manager' | 'experience-expert';
    /** In the learning group: the region the person represents there. */
    represents?: string;
  }[];
}[] = [
  {
    email: 'beheerder@leerkring.test',
    name: 'Bea Bakkenes',
    organisation: knowledgeInstitute.name,
    isAdmin: true,
    roles: [],
  },
  {
    email: 'partner@leerkring.test',
    name: 'Pim Oldenkamp',
    organisation: 'Zorggroep De Linde',
    roles: [
      { context: 'oude-ijsselstreek', role: 'partner' },
      { context: 'learning-group', role: 'partner', represents: 'Achterhoek' },
    ],
  },
  {
    email: 'partner2@leerkring.test',
    name: 'Priya Ramdin',
    organisation: 'Jeugdhulp Oost Achterhoek',
    roles: [
      { context: 'oude-ijsselstreek', role: 'partner' },
      { context: 'learning-group', role: 'partner', represents: 'Twente' },
    ],
  },
  {
    email: 'facilitator@leerkring.test',
    name: 'Fenna Hulshof',
    organisation: 'Welzijn Oude IJssel',
    roles: [{ context: 'oude-ijsselstreek', role: 'facilitator' }],
  },
  {
    email: 'coordinator@leerkring.test',
    name: 'Cor Wissink',
    organisation: 'Gemeente Doetinchem',
    roles: [
      { context: 'achterhoek', role: 'coordinator' },
      { context: 'learning-group', role: 'coordinator' },
    ],
  },
  {
    email: 'manager@leerkring.test',
    name: 'Mirjam Tiemessen',
    organisation: 'Gemeente Oude IJsselstreek',
    roles: [{ context: 'oude-ijsselstreek', role: 'manager' }],
  },
  {
    email: 'ervaringsdeskundige@leerkring.test',
    name: 'Erik Lammers',
    organisation: 'Cliëntenraad Sociaal Domein Oude IJsselstreek',
    roles: [{ context: 'oude-ijsselstreek', role: 'experience-expert' }],
  },
  {
    email: 'buiten@leerkring.test',
    name: 'Bo Vermeulen',
    organisation: 'Wijkteam Maastricht-Noordoost',
    roles: [{ context: 'maastricht', role: 'partner' }],
  },
];
