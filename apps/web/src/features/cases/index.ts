export { CasesPage } from './components/CasesPage';
export { CasePage } from './components/CasePage';
export { EditCasePage, NewCasePage } from './components/CaseFormPages';
