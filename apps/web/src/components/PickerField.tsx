import type { QueryKey } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { SearchPicker } from './SearchPicker';

/** A SearchPicker bound to a react-hook-form field that holds the picked record (or null). */
export function PickerField<Values extends FieldValues, Output, Key extends QueryKey>({
  control,
  name,
  ...picker
}: { control: Control<Values, unknown, Output>; name: Path<Values> } & Omit<
  ComponentProps<typeof SearchPicker<Key>>,
  'value' | 'onChange' | 'selectRef'
>) {
  const { field } = useController({ control, name });
  return <SearchPicker<Key> {...picker} value={field.value} onChange={field.onChange} selectRef={field.ref} />;
}
