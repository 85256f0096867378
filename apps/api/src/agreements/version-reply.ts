import { versionEtag, type AgreementVersion } from '@leerkring/domain';
import type { FastifyReply } from 'fastify';
import { apiPrefix } from '../common/http/prefix.js';

/** A version answers its revision as ETag, to come back as If-Match. */
export function withEtag(reply: FastifyReply, version: AgreementVersion): AgreementVersion {
  void reply.header('ETag', versionEtag(version.revision));
  return version;
}

/** A proposal answers the concept it changed: its address and its ETag. */
export function withVersionLocation(reply: FastifyReply, version: AgreementVersion): AgreementVersion {
  void reply.header('Location', `${apiPrefix}/agreements/${version.agreementId}/versions/${version.id}`);
  return withEtag(reply, version);
}
