export * from './Form.js';
