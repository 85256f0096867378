import { Injectable } from '@nestjs/common';
import type { Principal, WorkList } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AgreementWork } from '../agreements/agreement-work.service.js';
import { SessionWork } from '../intervision/session-work.service.js';

/**
 * The work list ("Voor jou"): what waits for the caller, put together from the features that own each kind of item.
 * It names sessions, actions and agreement versions, never a case's contents, so it writes no access-log entry.
 */
@Injectable()
export class WorkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessionWork: SessionWork,
    private readonly agreementWork: AgreementWork,
  ) {}

  async of(principal: Principal): Promise<WorkList> {
    const manager = this.dataSource.manager;
    const [{ sessions, actions }, { consentsOwed, reviewsDue, drafts }] = await Promise.all([
      this.sessionWork.of(manager, principal),
      this.agreementWork.of(manager, principal),
    ]);
    return { sessions, actions, consentsOwed, reviewsDue, drafts };
  }
}
