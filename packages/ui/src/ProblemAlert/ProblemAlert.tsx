import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '../utrecht/markup.js';
import type { ReactNode } from 'react';

export interface ProblemAlertField {
  name: string;
  reason: string;
}

export interface ProblemAlertProps {
  title: string;
  detail: string;
  /** The fields that were refused, with why. */
  fields?: readonly ProblemAlertField[] | undefined;
  /** Introduces the list of fields, e.g. "Controleer deze velden:". */
  fieldsLabel?: string;
  headingLevel?: 2 | 3;
  /** E.g. a retry button. */
  actions?: ReactNode;
}

/** Tells what went wrong, in the words of the problem details the API answered. */
export function ProblemAlert({ title, detail, fields, fieldsLabel, headingLevel = 2, actions }: ProblemAlertProps) {
  return (
    <Alert type="error" role="alert" className="lk-problem-alert">
      <Heading level={headingLevel} className="lk-problem-alert__title">
        {title}
      </Heading>
      <Paragraph>{detail}</Paragraph>
      {fields && fields.length > 0 ? (
        <>
          {fieldsLabel ? <Paragraph>{fieldsLabel}</Paragraph> : null}
          <UnorderedList>
            {fields.map((field) => (
              <UnorderedListItem key={field.name}>
                <code>{field.name}</code>: {field.reason}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {actions ? <div className="lk-problem-alert__actions">{actions}</div> : null}
    </Alert>
  );
}
