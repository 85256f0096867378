import type {
  Agreement,
  AgreementVersion,
  AgreementVersionStatus,
  ConsentRound,
  DecisionRule,
} from '@leerkring/domain';

/** What an exported version shows: the agreement, the version, its consent round, and names for the lessons its clauses came from. */
export interface AgreementDocumentInput {
  agreement: Pick<Agreement, 'title' | 'scope' | 'context' | 'decisionRule'>;
  version: Pick<
    AgreementVersion,
    'number' | 'status' | 'clauses' | 'changelog' | 'validFrom' | 'validUntil' | 'reviewDate'
  >;
  round: ConsentRound;
  /** Lesson id → how the document names it; a lesson the reader may not read is left out of this map and named generically. */
  lessonTitles: ReadonlyMap<string, string>;
}

/**
 * The document once, as blocks; Markdown and Word render the same blocks (agreement-document-formats.ts), so both
 * exports always say the same.
 * `text` may hold several paragraphs (blank lines) and line breaks.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'text'; text: string; italic?: boolean }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | { kind: 'list'; items: { label?: string; text: string }[] };

export const versionStatusLabels: Record<AgreementVersionStatus, string> = {
  concept: 'concept',
  proposed: 'voorgesteld',
  beta: 'bèta (in werking, op proef)',
  adopted: 'vastgesteld',
  superseded: 'vervangen',
  withdrawn: 'ingetrokken',
};

const contextLabels = { 'building-team': 'Bouwteam', 'learning-group': 'Leergroep' } as const;

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** `2026-03-12` → `12 maart 2026`. */
export function formatDutchDate(date: string): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

function shareText(share: number): string {
  const named: [number, string][] = [
    [1, 'alle'],
    [3 / 4, 'drie kwart'],
    [2 / 3, 'twee derde'],
    [1 / 2, 'de helft'],
  ];
  const name = named.find(([value]) => Math.abs(value - share) < 0.001)?.[1];
  return name ?? `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(share * 100)}%`;
}

export function decisionRuleText(rule: DecisionRule): string {
  switch (rule.kind) {
    case 'no-objection-and-share':
      return `geen open bezwaar, en minstens ${shareText(rule.share)} van de partnerorganisaties stemt in`;
    case 'unanimity-of-participants':
      return 'geen open bezwaar, en iedere organisatie die niet opzij staat stemt in';
    case 'qualified-majority':
      return `gekwalificeerde meerderheid: minstens ${shareText(rule.share)} van de partnerorganisaties stemt in; bezwaren worden met hun reden vastgelegd maar houden het besluit niet tegen`;
  }
}

function decisionText(round: ConsentRound): string {
  const { tally } = round;
  if (tally.decided)
    return `Besluit: aan de besluitregel is voldaan (${tally.consent} instemmingen, ${tally.consentNeeded} nodig).`;
  switch (tally.blockedBy) {
    case 'open-objections':
      return `Nog geen besluit: er ${tally.object === 1 ? 'is 1 open bezwaar' : `zijn ${tally.object} open bezwaren`}.`;
    case 'not-enough-consent':
      return `Nog geen besluit: te weinig instemming (${tally.consent} van de ${tally.consentNeeded} nodige).`;
    case 'missing-stances':
      return `Nog geen besluit: ${tally.none} ${tally.none === 1 ? 'organisatie heeft' : 'organisaties hebben'} nog geen standpunt gegeven.`;
    case null:
      return 'Nog geen besluit.';
  }
}

function validity(version: AgreementDocumentInput['version']): { label: string; value: string }[] {
  const inForceOrDone = version.validFrom !== null;
  return [
    { label: 'Geldig vanaf', value: version.validFrom ? formatDutchDate(version.validFrom) : 'nog niet in werking' },
    ...(inForceOrDone
      ? [
          {
            label: 'Geldig tot',
            value: version.validUntil
              ? formatDutchDate(version.validUntil)
              : 'tot een volgende versie in werking treedt',
          },
        ]
      : []),
    {
      label: 'Herzien uiterlijk op',
      value: version.reviewDate ? formatDutchDate(version.reviewDate) : 'nog niet vastgesteld',
    },
  ];
}

export function blocksOf({ agreement, version, round, lessonTitles }: AgreementDocumentInput): Block[] {
  const blocks: Block[] = [
    { kind: 'title', text: agreement.title },
    {
      kind: 'facts',
      items: [
        { label: contextLabels[agreement.context.type], value: agreement.context.name },
        { label: 'Versie', value: `${version.number}, ${versionStatusLabels[version.status]}` },
        ...validity(version),
        { label: 'Besluitregel', value: decisionRuleText(agreement.decisionRule) },
      ],
    },
  ];
  if (agreement.scope.trim())
    blocks.push({ kind: 'heading', level: 1, text: 'Reikwijdte' }, { kind: 'text', text: agreement.scope });

  blocks.push({ kind: 'heading', level: 1, text: 'Afspraken' });
  if (version.clauses.length === 0) blocks.push({ kind: 'text', text: 'Deze versie heeft nog geen artikelen.' });
  for (const [index, clause] of version.clauses.entries()) {
    blocks.push(
      { kind: 'heading', level: 2, text: `${index + 1}. ${clause.title || 'Artikel'}` },
      { kind: 'text', text: clause.text },
    );
    const lessonIds = clause.lessonIds ?? [];
    if (lessonIds.length > 0) {
      const named = lessonIds.map((id) => lessonTitles.get(id) ?? 'een les uit een ander bouwteam');
      blocks.push({ kind: 'text', text: `Uit de lessen: ${named.join('; ')}`, italic: true });
    }
  }

  blocks.push(
    { kind: 'heading', level: 1, text: 'Wijzigingen' },
    { kind: 'text', text: version.changelog.trim() || 'Geen wijzigingen beschreven.' },
  );

  blocks.push({ kind: 'heading', level: 1, text: 'Instemming' });
  if (round.round === 0) {
    blocks.push({ kind: 'text', text: 'Deze versie is nog niet voorgelegd; er is geen instemmingsronde.' });
    return blocks;
  }
  const { tally } = round;
  const ofTotal = (count: number) => `${count} van ${tally.total}`;
  blocks.push(
    { kind: 'text', text: `Ronde ${round.round}, ${round.open ? 'loopt nog' : 'gesloten'}.` },
    {
      kind: 'facts',
      items: [
        { label: 'Instemming', value: ofTotal(tally.consent) },
        { label: 'Bezwaar', value: ofTotal(tally.object) },
        { label: 'Staat opzij', value: ofTotal(tally.standAside) },
        { label: 'Nog geen standpunt', value: ofTotal(tally.none) },
      ],
    },
    { kind: 'text', text: decisionText(round) },
  );
  const objections = round.items.filter((item) => item.current && item.stance === 'object');
  if (objections.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Bezwaren' },
      {
        kind: 'list',
        items: objections.map((item) => ({ label: item.organisation.name, text: item.reason ?? 'geen reden gegeven' })),
      },
    );
  }
  return blocks;
}

/** `Samenwerkingsafspraken bouwteam` → `samenwerkingsafspraken-bouwteam`: ASCII, safe in a file name and a header. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'afspraak';
}

export function exportFileName({
  title,
  number,
  extension,
}: {
  title: string;
  number: string;
  extension: 'md' | 'docx';
}): string {
  return `${fileSlug(title)}-v${number}.${extension}`;
}

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
