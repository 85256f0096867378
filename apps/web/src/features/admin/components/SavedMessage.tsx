// Kept for methods/MethodPages, which the forms work still edits, until it imports it from components/.
export { SavedMessage } from '../../../components/SavedMessage';
