import {
  exportGalaPlansCsv,
  exportGalaPlansXlsx,
  fillPath,
  galaCsvTopics,
  getGalaCalendar,
  getGalaImportTemplate,
  type Operation,
} from '@leerkring/domain';
import { UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { apiPrefix } from '../../../lib/api-client';

const url = (operation: Operation, regionId: string, query = '') =>
  `${apiPrefix}${fillPath({ path: operation.path, params: { regionId } })}${query}`;

/** The downloads of a region's GALA plans: XLSX, a CSV per sheet, the calendar (.ics); for the dashboard to place. */
export function GalaExportLinks({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  return (
    <UnorderedList>
      <UnorderedListItem>
        <a className="utrecht-link utrecht-link--html-a" href={url(exportGalaPlansXlsx, regionId)} download>
          {t('galaIo.export.xlsx')}
        </a>
      </UnorderedListItem>
      {galaCsvTopics.map((topic) => (
        <UnorderedListItem key={topic}>
          <a
            className="utrecht-link utrecht-link--html-a"
            href={url(exportGalaPlansCsv, regionId, `?topic=${topic}`)}
            download
          >
            {t('galaIo.export.csv', { topic: t(`galaIo.export.topics.${topic}`) })}
          </a>
        </UnorderedListItem>
      ))}
      <UnorderedListItem>
        <a className="utrecht-link utrecht-link--html-a" href={url(getGalaCalendar, regionId)} download>
          {t('galaIo.export.ics')}
        </a>
      </UnorderedListItem>
    </UnorderedList>
  );
}

/** The empty import template. */
export function GalaTemplateLink() {
  const { t } = useTranslation();
  return (
    <a className="utrecht-link utrecht-link--html-a" href={`${apiPrefix}${getGalaImportTemplate.path}`} download>
      {t('galaIo.import.template')}
    </a>
  );
}
