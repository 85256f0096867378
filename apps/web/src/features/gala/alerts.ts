// The start page's part of the feature, kept apart from the pages so the start page does not load the chart library.
export { GalaAlerts } from './components/GalaAlerts';
