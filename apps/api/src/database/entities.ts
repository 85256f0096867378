import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { RegionEntity } from '../regions/region.entity.js';

/** Every entity; each feature adds its own here. */
export const entities = [OrganisationEntity, RegionEntity, BuildingTeamEntity, LearningGroupEntity];
