export { AdminIndexPage } from './components/AdminIndexPage';
export { OrganisationsPage, NewOrganisationPage, EditOrganisationPage } from './components/OrganisationPages';
export { RegionsPage, NewRegionPage, EditRegionPage } from './components/RegionPages';
export { PeoplePage, NewPersonPage, EditPersonPage } from './components/PeoplePages';
export { MembershipsPage } from './components/MembershipsPage';
export { AccessLogPage } from './components/AccessLogPage';
