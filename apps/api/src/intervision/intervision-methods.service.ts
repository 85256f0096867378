import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  IntervisionError,
  IntervisionErrorCode,
  type IntervisionMethod,
  type IntervisionMethodCreate,
  type IntervisionMethodUpdate,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { IntervisionMethodEntity } from './intervision-method.entity.js';
import { IntervisionMethodsRepository } from './intervision-methods.repository.js';
import { toIntervisionMethod } from './intervision.mapper.js';

/** Intervision methods as data: everyone signed in reads them, administrators add and change them. */
@Injectable()
export class IntervisionMethodsService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly methods: IntervisionMethodsRepository,
    private readonly clock: Clock,
  ) {}

  /** The standard methods exist in every installation, demo or not (inserted when the table is empty). */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction((manager) => this.methods.ensureStandard(manager));
  }

  async list(): Promise<{ items: IntervisionMethod[] }> {
    const methods = await this.methods.all(this.dataSource.manager);
    return { items: methods.map(toIntervisionMethod) };
  }

  async get(id: string): Promise<IntervisionMethod> {
    return toIntervisionMethod(await this.find(this.dataSource.manager, id));
  }

  create(input: IntervisionMethodCreate): Promise<IntervisionMethod> {
    return this.dataSource.transaction(async (manager) => {
      if (await this.methods.codeTaken(manager, input.code)) {
        throw new IntervisionError(
          IntervisionErrorCode.METHOD_CODE_TAKEN,
          `Er is al een methode met de code ${input.code}.`,
          [{ name: 'body.code', reason: 'Al in gebruik.', code: 'taken' }],
        );
      }
      const id = await this.methods.insert(manager, input);
      return toIntervisionMethod(await this.methods.get(manager, id));
    });
  }

  update(id: string, input: IntervisionMethodUpdate): Promise<IntervisionMethod> {
    return this.dataSource.transaction(async (manager) => {
      await this.find(manager, id);
      await this.methods.update(manager, id, { ...input, updatedAt: this.clock.now() });
      return toIntervisionMethod(await this.methods.get(manager, id));
    });
  }

  private async find(manager: EntityManager, id: string): Promise<IntervisionMethodEntity> {
    const method = await this.methods.find(manager, id);
    if (!method)
      throw new IntervisionError(IntervisionErrorCode.METHOD_NOT_FOUND, 'Deze intervisiemethode bestaat niet.');
    return method;
  }
}
