import { z } from 'zod';
import { IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';
import { LegalFrameworkSchema } from '../vocabulary/legal-frameworks.js';

export const EscalationStatusSchema = z
  .enum(['open', 'escalated', 'resolved', 'parked'])
  .meta({ id: 'EscalationStatus', description: 'Open → escalated → resolved, or parked.' });

export const SystemObstacleSchema = z
  .object({
    id: IdSchema,
    buildingTeam: ReferenceSchema,
    title: z.string(),
    description: z.string(),
    legalFramework: LegalFrameworkSchema.nullable(),
    caseIds: z.array(IdSchema).meta({ description: 'The cases that met this obstacle.' }),
    escalationStatus: EscalationStatusSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'SystemObstacle',
    description: 'Systeemhobbel: a rule or financing barrier met in cases, for escalation.',
  });
export type SystemObstacle = z.infer<typeof SystemObstacleSchema>;

export const SystemObstacleCreateSchema = z
  .strictObject({
    buildingTeamId: IdSchema,
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(5_000).default(''),
    legalFramework: LegalFrameworkSchema.optional(),
    caseIds: z.array(IdSchema).max(100).default([]),
  })
  .meta({ id: 'SystemObstacleCreate' });
export type SystemObstacleCreate = z.infer<typeof SystemObstacleCreateSchema>;

export const SystemObstacleUpdateSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(200).optional(),
    description: z.string().trim().max(5_000).optional(),
    legalFramework: LegalFrameworkSchema.nullable().optional(),
    caseIds: z.array(IdSchema).max(100).optional(),
    escalationStatus: EscalationStatusSchema.optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'SystemObstacleUpdate' });
export type SystemObstacleUpdate = z.infer<typeof SystemObstacleUpdateSchema>;

export const SystemObstacleListQuerySchema = PageQuerySchema.extend({
  buildingTeamId: IdSchema.optional(),
  escalationStatus: EscalationStatusSchema.optional(),
  legalFramework: LegalFrameworkSchema.optional(),
});
export const SystemObstaclePageSchema = pageOf(SystemObstacleSchema).meta({ id: 'SystemObstaclePage' });
export const SystemObstacleIdParamsSchema = z.strictObject({ obstacleId: IdSchema });

export const SystemObstacleErrorCode = {
  NOT_FOUND: 'SYSTEM_OBSTACLE_NOT_FOUND',
  CASE_NOT_FOUND: 'SYSTEM_OBSTACLE_CASE_NOT_FOUND',
  IDENTIFIER_FOUND: 'SYSTEM_OBSTACLE_IDENTIFIER_FOUND',
} as const;
export type SystemObstacleErrorCode = (typeof SystemObstacleErrorCode)[keyof typeof SystemObstacleErrorCode];
export class SystemObstacleError extends Error {
  constructor(
    readonly code: SystemObstacleErrorCode,
    message: string,
    readonly invalidParams: {
      name: string;
      reason: string;
      code?: string;
      kind?: string;
      start?: number;
      end?: number;
    }[] = [],
  ) {
    super(message);
    this.name = 'SystemObstacleError';
  }
}
