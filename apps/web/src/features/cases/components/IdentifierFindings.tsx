// Kept for the files the forms work still edits (intervision, EditVersionPage, GuidelineForm, CaseForm) until they
// import it from components/.
export { IdentifierFindings, findingsId, refusedId, type Finding } from '../../../components/IdentifierFindings';
