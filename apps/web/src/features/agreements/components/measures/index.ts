export { MeasuresSection } from './MeasuresSection';
