import './guidelines.css';

// The pages of the registration guideline versions, loaded as their own chunk (see app/router.tsx).
export { GuidelineVersionsPage } from './components/GuidelineVersionsPage';
export { GuidelineVersionPage } from './components/GuidelineVersionPage';
export { NewGuidelineVersionPage } from './components/NewGuidelineVersionPage';
