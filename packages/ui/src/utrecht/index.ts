export * from './markup.js';
export { Button, type ButtonProps } from '@utrecht/button-react';
export { ButtonGroup } from '@utrecht/button-group-react';
export { Link, type LinkProps } from '@utrecht/link-react';
