import './gala.css';

export { GalaDashboardPage } from './components/GalaDashboardPage';
export { RegionChooserPage } from './components/RegionChooserPage';
export { GalaPlanPage } from './components/GalaPlanPage';
export { EditGalaPlanPage } from './components/EditGalaPlanPage';
