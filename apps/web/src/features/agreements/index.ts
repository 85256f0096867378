import './agreements.css';

// The pages of the agreements, loaded as their own chunk (see app/router.tsx). Sections other features show
// (ContextAgreements, ClauseSources, LessonProposal) are imported from their component files directly.
export { AgreementPage } from './components/AgreementPage';
export { EditAgreementPage, NewAgreementPage } from './components/AgreementFormPages';
export { VersionPage } from './components/VersionPage';
export { EditVersionPage } from './components/EditVersionPage';
export { ComparePage } from './components/ComparePage';
export { PrintPage } from './components/PrintPage';
export { LearningGroupsPage } from './components/LearningGroupPages';
