import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BuildingTeamsModule } from './building-teams/building-teams.module.js';
import { CasesModule } from './cases/cases.module.js';
import { LessonsModule } from './lessons/lessons.module.js';
import { InsightsModule } from './insights/insights.module.js';
import { AgreementsModule } from './agreements/agreements.module.js';
import { GalaModule } from './gala/gala.module.js';
import { MeasuresModule } from './measures/measures.module.js';
import { GalaDigestModule } from './gala-digest/gala-digest.module.js';
import { GalaIoModule } from './gala-io/gala-io.module.js';
import { KnowledgeVouchersModule } from './knowledge-vouchers/knowledge-vouchers.module.js';
import { AccessLogModule } from './access-log/access-log.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AccessGuard } from './auth/access.guard.js';
import { ClockModule } from './common/clock.module.js';
import type { Config } from './config/config.js';
import { CONFIG } from './config/config.module.js';
import { dataSourceOptions } from './persistence/data-source.js';
import { migrateAsOwner, migratesAsOwner } from './persistence/migrate.js';
import { serializeSqliteTransactions } from './persistence/serial-transactions.js';
import { IntervisionModule } from './intervision/intervision.module.js';
import { HealthModule } from './health/health.module.js';
import { MembershipsModule } from './memberships/memberships.module.js';
import { LearningGroupsModule } from './learning-groups/learning-groups.module.js';
import { OpenApiModule } from './openapi/openapi.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { OverviewModule } from './overview/overview.module.js';
import { WorkModule } from './work/work.module.js';
import { PeopleModule } from './people/people.module.js';
import { PasswordResetsModule } from './password-resets/password-resets.module.js';
import { RegionsModule } from './regions/regions.module.js';
import { RegistrationGuidelinesModule } from './registration-guidelines/registration-guidelines.module.js';

@Module({})
export class AppModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            const retry = { retryAttempts: 1, retryDelay: 1000 };
            if (!migratesAsOwner(config))
              return {
                ...dataSourceOptions(config),
                migrationsRun: true,
                migrationsTransactionMode: 'each' as const,
                ...retry,
              };
            // The owner role migrates first; the app's own role owns nothing and only uses the tables.
            await migrateAsOwner(config);
            return { ...dataSourceOptions(config), ...retry };
          },
          // On SQLite, transactions run one at a time (see serial-transactions.ts); PostgreSQL stays concurrent.
          dataSourceFactory: async (options) =>
            serializeSqliteTransactions(await new DataSource(options!).initialize()),
        }),
        ClockModule,
        AccessLogModule,
        AuthModule,
        PeopleModule,
        MembershipsModule,
        PasswordResetsModule,
        HealthModule,
        OpenApiModule,
        OverviewModule,
        WorkModule,
        OrganisationsModule,
        RegionsModule,
        BuildingTeamsModule,
        LearningGroupsModule,
        CasesModule,
        RegistrationGuidelinesModule,
        IntervisionModule,
        LessonsModule,
        InsightsModule,
        AgreementsModule,
        MeasuresModule,
        KnowledgeVouchersModule,
        GalaModule,
        GalaIoModule,
        GalaDigestModule,
      ],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [CONFIG],
    };
  }
}
