import { findingPlace, identifierKinds, type IdentifierKind, type InvalidParam } from '@leerkring/domain';
import { Button } from '@leerkring/ui';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../lib/use-language';
import { termLabel } from '../lib/terms';

export interface Finding {
  kind: IdentifierKind | string;
  start: number;
  end: number;
}

/** The ids a field points at with `aria-describedby` for its findings: those found while typing, and those the API refused. */
/** The identifier the API found, when a refused param is the privacy guard's (it names kind and place). */
export function findingOf(param: InvalidParam): Finding | undefined {
  return param.kind !== undefined && param.start !== undefined && param.end !== undefined
    ? { kind: param.kind, start: param.start, end: param.end }
    : undefined;
}

const ordinals = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export const findingsId = (fieldId: string) => `${fieldId}-findings`;
export const refusedId = (fieldId: string) => `${fieldId}-refused`;

/**
 * What in a text points at a person: the text with each finding marked in place, and a list of the findings (kind and
 * position) with a button that selects it in the field, so it can be removed.
 */
export function IdentifierFindings({
  id,
  fieldId,
  text,
  findings,
  fromServer,
}: {
  id: string;
  fieldId: string;
  text: string;
  findings: readonly Finding[];
  fromServer?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const pieces: { text: string; finding?: Finding }[] = [];
  let at = 0;
  for (const finding of sorted) {
    if (finding.start < at || finding.end > text.length) continue; // overlapping, or about an older text
    if (finding.start > at) pieces.push({ text: text.slice(at, finding.start) });
    pieces.push({ text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  // Said in words ("het BSN in de derde zin"), not as character offsets.
  const describe = (finding: Finding) => {
    const place = findingPlace({ text, start: finding.start });
    const ordinal = ordinals.includes(place.sentence as (typeof ordinals)[number])
      ? t(`privacy.ordinal.${place.sentence as (typeof ordinals)[number]}`)
      : t('privacy.ordinal.other', { number: place.sentence });
    return t('privacy.finding', {
      kind: termLabel(identifierKinds, finding.kind, language),
      sentence: ordinal,
      word: place.word,
    });
  };
  const select = (finding: Finding) => {
    const field = document.getElementById(fieldId);
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
      field.focus();
      field.setSelectionRange(finding.start, finding.end);
    }
  };
  return (
    <div id={id} className={fromServer ? 'lk-findings lk-findings--refused' : 'lk-findings'}>
      <p className="lk-findings__summary">
        {fromServer
          ? t('privacy.serverFound', { count: findings.length })
          : t('privacy.found', { count: findings.length })}
      </p>
      <ol className="lk-findings__list">
        {sorted.map((finding) => (
          <li key={`${finding.start}-${finding.end}`}>
            <span>{describe(finding)}</span>{' '}
            {finding.end <= text.length ? (
              <Button type="button" appearance="subtle-button" onClick={() => select(finding)}>
                {t('privacy.select')}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="lk-marked-text" aria-hidden="true" data-testid={`${id}-marked`}>
        {pieces.map((piece, index) =>
          piece.finding ? (
            <mark key={index} className="lk-mark" title={termLabel(identifierKinds, piece.finding.kind, language)}>
              {piece.text}
            </mark>
          ) : (
            <Fragment key={index}>{piece.text}</Fragment>
          ),
        )}
      </div>
    </div>
  );
}
