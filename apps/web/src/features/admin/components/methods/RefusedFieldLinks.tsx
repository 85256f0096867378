import { UnorderedList, UnorderedListItem } from '@leerkring/ui';

/** The refused fields of the method form as links that move the focus to the field, each with why it was refused. */
export function RefusedFieldLinks({
  fields,
  goTo,
}: {
  fields: readonly { id: string; label: string; message: string | undefined }[];
  goTo: (id: string) => void;
}) {
  return (
    <UnorderedList>
      {fields.map((field) => (
        <UnorderedListItem key={field.id}>
          <a
            className="utrecht-link utrecht-link--html-a"
            href={`#${field.id}`}
            onClick={(event) => {
              event.preventDefault();
              goTo(field.id);
            }}
          >
            {field.label}
          </a>
          : {field.message}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
