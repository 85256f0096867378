export * from './SiteNav.js';
