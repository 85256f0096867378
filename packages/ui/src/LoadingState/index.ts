export * from './LoadingState.js';
