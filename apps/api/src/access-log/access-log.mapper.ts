import type { AccessLogEntry } from '@leerkring/domain';
import type { AccessLogEntryEntity } from './access-log-entry.entity.js';

export function toAccessLogEntry(entity: AccessLogEntryEntity): AccessLogEntry {
  return {
    id: entity.id,
    occurredAt: entity.occurredAt.toISOString(),
    event: entity.event,
    recordType: entity.recordType,
    recordId: entity.recordId,
    recordOwnerId: entity.recordOwnerId,
    personId: entity.personId,
    personName: entity.personName,
    role: entity.role,
    organisationId: entity.organisationId,
    organisationName: entity.organisationName,
    onBehalfOf: entity.onBehalfOf,
    purpose: entity.purpose,
    result: entity.result,
    requestId: entity.requestId,
  };
}
