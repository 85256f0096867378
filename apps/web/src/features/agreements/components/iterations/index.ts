import './iterations.css';

// The iteration pages, loaded as their own chunk (see app/router.tsx). IterationsSection and ClauseIterations are
// imported by the agreement and version pages from their component files directly.
export { IterationPage } from './IterationPage';
export { NewIterationPage } from './NewIterationPage';
