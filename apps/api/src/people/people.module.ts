import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleController } from './people.controller.js';
import { PeopleRepository } from './people.repository.js';
import { PeopleService } from './people.service.js';

/**
 * People and their accounts. Deactivating someone ends their sessions and live streams through the exports of the
 * global AuthModule, which itself imports this module (for signing in), so it is not imported back here.
 */
@Module({
  imports: [OrganisationsModule, AccessLogModule],
  controllers: [PeopleController],
  providers: [PeopleService, PeopleRepository],
  exports: [PeopleRepository],
})
export class PeopleModule {}
