import type { login, OperationRequest } from '@leerkring/domain';

/** The seeded demo administrator, who may read everything the start page shows (demo data of the API's seed). */
export const demoAdministrator: OperationRequest<typeof login>['body'] = {
  email: 'beheerder@leerkring.test',
  password: 'leerkring-demo',
};
