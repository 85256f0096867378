import type { GalaDashboardQuery, Reference } from '@leerkring/domain';
import { Button, SelectField } from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { galaYears } from '../dashboard-view';

/**
 * Municipality and year: chosen, then applied with the button, so the address (and the back button) follow what the
 * person asked for and a screen reader is not surprised by a page that changes while choosing.
 */
export function DashboardFilters({
  municipalities,
  filters,
  onApply,
}: {
  municipalities: readonly Reference[];
  filters: GalaDashboardQuery;
  onApply: (filters: GalaDashboardQuery) => void;
}) {
  const { t } = useTranslation();
  const [municipalityId, setMunicipalityId] = useState(filters.municipalityId ?? '');
  const [year, setYear] = useState(filters.year === undefined ? '' : String(filters.year));
  return (
    <form
      role="search"
      aria-label={t('gala.dashboard.filters')}
      className="lk-filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ ...(municipalityId ? { municipalityId } : {}), ...(year ? { year: Number(year) } : {}) });
      }}
    >
      <SelectField
        id="gala-filter-municipality"
        label={t('gala.dashboard.municipality')}
        value={municipalityId}
        onChange={(event) => setMunicipalityId(event.target.value)}
        options={[
          { value: '', label: t('gala.dashboard.allMunicipalities') },
          ...[...municipalities]
            .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
            .map((municipality) => ({ value: municipality.id, label: municipality.name })),
        ]}
      />
      <SelectField
        id="gala-filter-year"
        label={t('gala.dashboard.year')}
        value={year}
        onChange={(event) => setYear(event.target.value)}
        options={[
          { value: '', label: t('gala.dashboard.allYears') },
          ...galaYears.map((item) => ({ value: String(item), label: String(item) })),
        ]}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('common.filter')}
      </Button>
    </form>
  );
}
