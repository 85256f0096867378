export { InsightsPage } from './components/InsightsPage';
