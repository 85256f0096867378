export * from './LanguageSwitch.js';
