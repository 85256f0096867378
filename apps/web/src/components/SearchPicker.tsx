import { SelectField, TextField } from '@leerkring/ui';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickerOption {
  id: string;
  name: string;
}

/** The choices for what was typed (or for nothing typed yet), as a query (see lib/queries/pickers). */
export type PickerOptionsQuery<Key extends QueryKey> = (
  search: string | undefined,
) => UseQueryOptions<PickerOption[], Error, PickerOption[], Key>;

/**
 * Pick one record out of many: type part of its name to narrow the list, then choose it. The current choice stays
 * in the list while searching.
 */
export function SearchPicker<Key extends QueryKey>({
  id,
  label,
  value,
  onChange,
  optionsQuery,
  error,
  allowEmpty,
  emptyLabel,
  selectRef,
}: {
  id: string;
  label: string;
  value: PickerOption | null;
  onChange: (value: PickerOption | null) => void;
  optionsQuery: PickerOptionsQuery<Key>;
  error?: string | undefined;
  allowEmpty?: boolean;
  emptyLabel?: string;
  /** The choice's select, for a form library to focus it when it is the first invalid field. */
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useQuery(optionsQuery(search.trim().length >= 1 ? search.trim() : undefined));
  const found = query.data ?? [];
  const options = value && !found.some((option) => option.id === value.id) ? [value, ...found] : found;
  return (
    <div className="lk-picker">
      <TextField
        id={`${id}-search`}
        type="search"
        label={t('common.searchFor', { what: label.toLowerCase() })}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        autoComplete="off"
      />
      <SelectField
        ref={selectRef}
        id={id}
        label={label}
        value={value?.id ?? ''}
        error={error}
        onChange={(event) => onChange(options.find((option) => option.id === event.target.value) ?? null)}
        options={[
          ...(allowEmpty || !value ? [{ value: '', label: emptyLabel ?? t('common.choose') }] : []),
          ...options.map((option) => ({ value: option.id, label: option.name })),
        ]}
      />
    </div>
  );
}
