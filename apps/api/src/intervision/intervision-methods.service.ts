import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  IntervisionError,
  IntervisionErrorCode,
  type IntervisionMethod,
  type IntervisionMethodCreate,
  type IntervisionMethodUpdate,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { IntervisionMethodEntity } from './intervision-method.entity.js';
import { ensureStandardMethods } from './standard-methods.js';

export function toIntervisionMethod(entity: IntervisionMethodEntity): IntervisionMethod {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    description: entity.description,
    phases: entity.phases,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** Intervision methods as data: everyone signed in reads them, administrators add and change them. */
@Injectable()
export class IntervisionMethodsService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The standard methods exist in every installation, demo or not (inserted when the table is empty). */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction((manager) => ensureStandardMethods(manager));
  }

  async list(): Promise<{ items: IntervisionMethod[] }> {
    const methods = await this.dataSource.getRepository(IntervisionMethodEntity).find({ order: { code: 'ASC' } });
    return { items: methods.map(toIntervisionMethod) };
  }

  async get(id: string): Promise<IntervisionMethod> {
    return toIntervisionMethod(await this.find(id));
  }

  create(input: IntervisionMethodCreate): Promise<IntervisionMethod> {
    return this.dataSource.transaction(async (manager) => {
      const methods = manager.getRepository(IntervisionMethodEntity);
      if (await methods.existsBy({ code: input.code })) {
        throw new IntervisionError(
          IntervisionErrorCode.METHOD_CODE_TAKEN,
          `Er is al een methode met de code ${input.code}.`,
          [{ name: 'body.code', reason: 'Al in gebruik.', code: 'taken' }],
        );
      }
      const { id } = await methods.save(methods.create(input));
      return toIntervisionMethod(await methods.findOneByOrFail({ id }));
    });
  }

  update(id: string, input: IntervisionMethodUpdate): Promise<IntervisionMethod> {
    return this.dataSource.transaction(async (manager) => {
      const methods = manager.getRepository(IntervisionMethodEntity);
      await this.find(id);
      await methods.update({ id }, { ...input, updatedAt: this.clock.now() });
      return toIntervisionMethod(await methods.findOneByOrFail({ id }));
    });
  }

  private async find(id: string): Promise<IntervisionMethodEntity> {
    const method = await this.dataSource.getRepository(IntervisionMethodEntity).findOneBy({ id });
    if (!method)
      throw new IntervisionError(IntervisionErrorCode.METHOD_NOT_FOUND, 'Deze intervisiemethode bestaat niet.');
    return method;
  }
}
