import type { Label } from '@leerkring/domain';
import { TextAreaField, TextField } from '@leerkring/ui';

/** A text in both languages, side by side: the Dutch and the English field. */
export function LabelFields({
  base,
  value,
  onChange,
  labels,
  multiline,
  errorAt,
}: {
  base: (language: 'nl' | 'en') => string;
  value: Label;
  onChange: (value: Label) => void;
  labels: Label;
  multiline?: boolean;
  errorAt: (id: string) => string | undefined;
}) {
  return (
    <div className="lk-method-pair">
      {(['nl', 'en'] as const).map((lang) =>
        multiline ? (
          <TextAreaField
            key={lang}
            id={base(lang)}
            lang={lang}
            label={labels[lang]}
            value={value[lang]}
            onChange={(event) => onChange({ ...value, [lang]: event.target.value })}
            error={errorAt(base(lang))}
            required
            rows={2}
          />
        ) : (
          <TextField
            key={lang}
            id={base(lang)}
            lang={lang}
            label={labels[lang]}
            value={value[lang]}
            onChange={(event) => onChange({ ...value, [lang]: event.target.value })}
            error={errorAt(base(lang))}
            required
            maxLength={200}
          />
        ),
      )}
    </div>
  );
}
