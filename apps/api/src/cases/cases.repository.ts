import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CaseEntity } from './case.entity.js';

/** Cases as other features read them. */
@Injectable()
export class CasesRepository {
  /** How many of these cases belong to the bouwteam. */
  countInBuildingTeam(manager: EntityManager, ids: readonly string[], buildingTeamId: string): Promise<number> {
    return manager.getRepository(CaseEntity).countBy({ id: In([...ids]), buildingTeamId });
  }

  /** Id and title of the cases of these ids that exist. */
  async titles(manager: EntityManager, ids: readonly string[]): Promise<{ id: string; title: string }[]> {
    const cases = await manager.getRepository(CaseEntity).findBy({ id: In([...ids]) });
    return cases.map((found) => ({ id: found.id, title: found.title }));
  }
}
