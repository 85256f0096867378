export { GalaImportPage } from './components/GalaImportPage';
export { GalaExportLinks, GalaTemplateLink } from './components/GalaExportLinks';
export { GalaDigestChoice } from './components/GalaDigestChoice';
