import { Button } from '@utrecht/button-react';
import { ButtonGroup } from '@utrecht/button-group-react';

export interface LanguageOption<Code extends string = string> {
  code: Code;
  /** The language's name in that language ("Nederlands", "English"). */
  label: string;
  /** A short label shown on small screens ("NL", "EN"); the full name stays the accessible name. */
  shortLabel?: string;
}

export interface LanguageSwitchProps<Code extends string = string> {
  /** The accessible name of the group, e.g. "Taal" / "Language". */
  label: string;
  options: readonly LanguageOption<Code>[];
  current: Code;
  onChange: (code: Code) => void;
}

/** A group of toggle buttons, one per language; the pressed one is the language in use. */
export function LanguageSwitch<Code extends string>({ label, options, current, onChange }: LanguageSwitchProps<Code>) {
  return (
    <ButtonGroup role="group" aria-label={label} className="lk-language-switch">
      {options.map((option) => {
        const pressed = option.code === current;
        return (
          <Button
            key={option.code}
            type="button"
            appearance={pressed ? 'primary-action-button' : 'secondary-action-button'}
            lang={option.code}
            pressed={pressed}
            onClick={() => {
              if (!pressed) onChange(option.code);
            }}
          >
            {option.label}
          </Button>
        );
      })}
    </ButtonGroup>
  );
}
