/** The API's major version lives in the path (NL API Design Rules); the web app is served beside it at `/`. */
export const apiPrefix = '/api/v1';
