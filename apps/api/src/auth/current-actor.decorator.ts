import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ACTOR, type Actor } from './principal.js';

/** The caller of a protected route, as the AccessGuard established it. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<Record<string, unknown>>()[ACTOR] as Actor | undefined;
  if (!actor) throw new Error('CurrentActor used on a route without a signed-in caller');
  return actor;
});

/** The caller of a public route, when signed in. */
export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | undefined =>
    context.switchToHttp().getRequest<Record<string, unknown>>()[ACTOR] as Actor | undefined,
);
