export { LessonsPage } from './components/LessonsPage';
export { NewLessonPage } from './components/NewLessonPage';
export { ObstaclesPage } from './components/ObstaclesPage';
