export { CasesPage } from './components/CasesPage';
export { EditCasePage, NewCasePage } from './components/CaseFormPages';
