import type { Label } from '../vocabulary/label.js';
import type { InputMode, MethodPhase } from './schema.js';

/** The six intervision methods of the reference, as data; administrators can add and edit methods later. */
export interface MethodDefinition {
  readonly code: string;
  readonly name: Label;
  readonly description: Label;
  readonly phases: readonly MethodPhase[];
}

const phase = (key: string, nl: string, en: string, timeboxMinutes: number, inputMode: InputMode, promptNl: string, promptEn: string): MethodPhase => ({
  key,
  name: { nl, en },
  prompt: { nl: promptNl, en: promptEn },
  timeboxMinutes,
  inputMode,
});

export const standardMethods: readonly MethodDefinition[] = [
  {
    code: 'incident',
    name: { nl: 'Incidentmethode (Hendriksen)', en: 'Incident method (Hendriksen)' },
    description: {
      nl: 'Een concreet incident, informatievragen, analyse en individuele standpunten die samen worden onthuld.',
      en: 'A concrete incident, information questions, analysis and individual positions revealed together.',
    },
    phases: [
      phase('choose-incident', 'Incident kiezen', 'Choose the incident', 5, 'open', 'Welk incident bespreken we vandaag?', 'Which incident do we discuss today?'),
      phase('sketch-situation', 'Situatie schetsen', 'Sketch the situation', 10, 'open', 'De inbrenger schetst de situatie kort en feitelijk.', 'The inbrenger sketches the situation briefly and factually.'),
      phase('write-questions', 'Informatievragen opschrijven', 'Write down information questions', 5, 'private-then-reveal', 'Schrijf voor jezelf de informatievragen op die je wilt stellen.', 'Write down, on your own, the information questions you want to ask.'),
      phase('information-round', 'Informatieronde', 'Information round', 15, 'open', 'Stel je informatievragen; de inbrenger antwoordt.', 'Ask your information questions; the inbrenger answers.'),
      phase('analyse', 'Analyseren', 'Analyse', 10, 'inbrenger-listens', 'Wat is hier eigenlijk aan de hand? De inbrenger luistert.', 'What is really going on here? The inbrenger listens.'),
      phase('positions', 'Standpunten individueel opschrijven', 'Write down positions individually', 5, 'private-then-reveal', 'Wat zou jij doen, en waarom? Schrijf het op; niemand ziet het voor de onthulling.', 'What would you do, and why? Write it down; nobody sees it before the reveal.'),
      phase('share-positions', 'Standpunten delen', 'Share positions', 10, 'inbrenger-listens', 'De standpunten worden samen onthuld en besproken. De inbrenger luistert.', 'The positions are revealed together and discussed. The inbrenger listens.'),
      phase('what-happened', 'Wat de inbrenger deed', 'What the inbrenger actually did', 5, 'open', 'De inbrenger vertelt wat er werkelijk gebeurde.', 'The inbrenger tells what actually happened.'),
      phase('closing-discussion', 'Afsluitende bespreking', 'Closing discussion', 10, 'open', 'Wat nemen we mee? Welke acties spreken we af?', 'What do we take away? Which actions do we agree?'),
      phase('evaluation', 'Evaluatie', 'Evaluation', 5, 'open', 'Hoe ging deze sessie? Welke lessen leggen we vast?', 'How did this session go? Which lessons do we record?'),
    ],
  },
  {
    code: 'balint',
    name: { nl: 'Balintmethode', en: 'Balint method' },
    description: { nl: 'Associaties en oordelen eerst alleen, dan samen; de inbrenger reageert niet tijdens het groepsoordeel.', en: 'Associations and judgements first alone, then together; the inbrenger does not react during the group judgement.' },
    phases: [
      phase('collect-cases', 'Casussen verzamelen', 'Collect cases', 5, 'open', 'Wie heeft een casus?', 'Who has a case?'),
      phase('interest-round', 'Belangstellingsronde', 'Interest round', 5, 'open', 'Hoogstens drie zinnen per persoon.', 'At most three sentences each.'),
      phase('choose-problem', 'Probleem kiezen', 'Choose the problem', 5, 'open', 'Welke casus bespreken we?', 'Which case do we discuss?'),
      phase('choose-facilitator', 'Procesbegeleider kiezen', 'Choose a process facilitator', 2, 'open', 'Wie bewaakt de stappen en de tijd?', 'Who guards the steps and the time?'),
      phase('explain-case', 'Casus toelichten', 'Explain the case', 10, 'open', 'De inbrenger licht de casus toe.', 'The inbrenger explains the case.'),
      phase('associations', 'Associaties', 'Associations', 5, 'private-then-reveal', 'Schrijf één associatie op.', 'Write down one association.'),
      phase('build-picture', 'Beeld vormen', 'Build the picture', 15, 'open', 'Stel verhelderende vragen.', 'Ask clarifying questions.'),
      phase('individual-judgement', 'Individueel oordeel', 'Individual judgement', 5, 'private-then-reveal', 'Schrijf je advies op.', 'Write down your advice.'),
      phase('group-judgement', 'Groepsoordeel', 'Group judgement', 15, 'inbrenger-listens', 'Bespreek de adviezen; de inbrenger reageert niet.', 'Discuss the advice; the inbrenger does not react.'),
      phase('decision', 'Beslissing', 'Decision', 5, 'open', 'De inbrenger zegt wat hij of zij gaat doen.', 'The inbrenger says what they will do.'),
      phase('evaluation', 'Evaluatie', 'Evaluation', 5, 'open', 'Hoe ging het?', 'How did it go?'),
    ],
  },
  {
    code: 'roddel',
    name: { nl: 'Roddelmethode', en: 'Gossip method' },
    description: { nl: 'Tijdens de roddelronde luistert de inbrenger alleen en maakt aantekeningen.', en: 'During the gossip round the inbrenger only listens and takes notes.' },
    phases: [
      phase('introduce-question', 'Vraag inbrengen', 'Introduce the question', 5, 'open', 'De inbrenger legt de vraag voor.', 'The inbrenger puts the question.'),
      phase('explore', 'Verkennen', 'Explore', 10, 'open', 'Stel elk drie open vragen.', 'Ask three open questions each.'),
      phase('gossip-round', 'Roddelronde', 'Gossip round', 15, 'inbrenger-listens', 'Praat óver de casus alsof de inbrenger er niet is.', 'Talk about the case as if the inbrenger were not there.'),
      phase('what-struck', 'Wat de inbrenger opviel', 'What struck the inbrenger', 5, 'open', 'Wat raakte je, wat neem je mee?', 'What struck you, what do you take away?'),
      phase('evaluation', 'Evaluatie', 'Evaluation', 5, 'open', 'Hoe ging het?', 'How did it go?'),
    ],
  },
  {
    code: 'vijfstappen',
    name: { nl: 'Vijfstappenmethode', en: 'Five-step method' },
    description: { nl: 'De eenvoudigste standaard.', en: 'The simplest default.' },
    phases: [
      phase('introduce-question', 'Vraag inbrengen', 'Introduce the question', 5, 'open', 'Wat is je vraag?', 'What is your question?'),
      phase('explore-problem', 'Probleem verkennen', 'Explore the problem', 15, 'open', 'Stel vragen om het probleem te begrijpen.', 'Ask questions to understand the problem.'),
      phase('formulate-core', 'Kern formuleren', 'Formulate the core', 10, 'open', 'Wat is de kern van het probleem?', 'What is the core of the problem?'),
      phase('advice-round', 'Adviesronde', 'Advice round', 15, 'inbrenger-listens', 'Geef elk minstens één advies; de inbrenger luistert.', 'Each gives at least one piece of advice; the inbrenger listens.'),
      phase('evaluation', 'Evaluatie', 'Evaluation', 5, 'open', 'Wat neemt de inbrenger mee? Welke lessen leggen we vast?', 'What does the inbrenger take away? Which lessons do we record?'),
    ],
  },
  {
    code: 'tienstappen',
    name: { nl: 'Tienstappenmethode', en: 'Ten-step method' },
    description: { nl: 'Vragen waarderen en het probleem herdefiniëren: goed voor het verschil tussen aanmeldvraag en onderliggende vraag.', en: 'Rating questions and redefining the problem: good for presenting versus underlying questions.' },
    phases: [
      phase('describe-situation', 'Situatie beschrijven', 'Describe the situation', 10, 'open', 'De inbrenger beschrijft de situatie.', 'The inbrenger describes the situation.'),
      phase('clarifying-questions', 'Verhelderende vragen', 'Clarifying questions', 5, 'private-then-reveal', 'Schrijf je verhelderende vragen op.', 'Write down your clarifying questions.'),
      phase('rate-questions', 'Vragen waarderen', 'Inbrenger rates the questions', 5, 'open', 'De inbrenger kiest de vragen die het meest helpen.', 'The inbrenger picks the most helpful questions.'),
      phase('answer', 'Antwoorden', 'Inbrenger answers', 10, 'open', 'De inbrenger beantwoordt de gekozen vragen.', 'The inbrenger answers the chosen questions.'),
      phase('extra-questions', 'Extra vragenronde', 'Extra question round', 5, 'open', 'Nog vragen?', 'More questions?'),
      phase('define-core', 'Kernprobleem bepalen', 'Peers define the core problem', 10, 'inbrenger-listens', 'Wat is volgens jullie het kernprobleem?', 'What do you think the core problem is?'),
      phase('redefine', 'Probleem herdefiniëren', 'Inbrenger redefines the problem', 5, 'open', 'De inbrenger formuleert het probleem opnieuw.', 'The inbrenger redefines the problem.'),
      phase('new-approach', 'Nieuwe aanpak', 'New approach', 10, 'open', 'Welke aanpak past bij het nieuwe probleem?', 'Which approach fits the redefined problem?'),
      phase('tips', 'Tips en adviezen', 'Tips and advice', 10, 'inbrenger-listens', 'Geef tips en adviezen.', 'Give tips and advice.'),
      phase('insights', 'Persoonlijke inzichten', 'Personal insights', 5, 'open', 'Wat neem je zelf mee?', 'What do you take away yourself?'),
    ],
  },
  {
    code: 'imi',
    name: { nl: 'Intervisiemethode incidenten (Buijssen)', en: 'Incident intervision method (Buijssen)' },
    description: { nl: 'Levert expliciet beleidsadvies op: de brug van les naar afspraak.', en: 'Produces explicit policy advice: the bridge from lesson to agreement.' },
    phases: [
      phase('list-incidents', 'Incidenten inventariseren', 'List incidents', 5, 'open', 'Welke incidenten spelen er?', 'Which incidents are there?'),
      phase('choose-incident', 'Eén kiezen', 'Choose one', 3, 'open', 'Welk incident bespreken we?', 'Which incident do we discuss?'),
      phase('tell', 'Vertellen', 'Tell it', 10, 'open', 'De inbrenger vertelt wat er gebeurde.', 'The inbrenger tells what happened.'),
      phase('summarise', 'Samenvatten in 15 woorden', 'Summarise in at most 15 words', 5, 'private-then-reveal', 'Vat het incident samen in hoogstens 15 woorden.', 'Summarise the incident in at most 15 words.'),
      phase('feelings', 'Gevoelens', 'Feelings', 5, 'open', 'Wat riep het op?', 'What did it evoke?'),
      phase('wishes-solutions', 'Wensen en oplossingen', 'Wishes and solutions', 15, 'open', 'Vanuit drie perspectieven: jezelf, het team, de organisatie.', 'From three perspectives: own, team, organisation.'),
      phase('pros-cons', 'Voors en tegens', 'Pros and cons', 10, 'open', 'Wat zijn de voor- en nadelen van de oplossingen?', 'What are the pros and cons of the solutions?'),
      phase('measures-advice', 'Maatregelen en beleidsadvies', 'Practical measures and policy advice', 10, 'open', 'Welke maatregelen en welk beleidsadvies volgen hieruit?', 'Which measures and policy advice follow?'),
    ],
  },
];
