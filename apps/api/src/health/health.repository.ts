import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The one question health asks the database: does it answer? */
@Injectable()
export class HealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  kind(): 'sqlite' | 'postgres' {
    return this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
