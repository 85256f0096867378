/* The contract of GALA plans, their dashboard and alerts, and their lists (taxonomies). */
import { defineOperation } from '../api/operation.js';
import {
  GalaPlanCreateSchema,
  GalaPlanIdParamsSchema,
  GalaPlanListQuerySchema,
  GalaPlanPageSchema,
  GalaPlanSchema,
  GalaPlanUpdateSchema,
} from './schema.js';
import {
  GalaAlertListSchema,
  GalaAlertsQuerySchema,
  GalaDashboardParamsSchema,
  GalaDashboardQuerySchema,
  GalaDashboardSchema,
} from './dashboard-schema.js';
import {
  GalaTaxonomyItemCreateSchema,
  GalaTaxonomyItemParamsSchema,
  GalaTaxonomyItemSchema,
  GalaTaxonomyItemUpdateSchema,
  GalaTaxonomyListSchema,
  GalaTaxonomyParamsSchema,
} from './taxonomy.js';

const tag = 'GALA plans';
const purpose = 'Uitvoering van het Gezond en Actief Leven Akkoord in de regio volgen';

export const listGalaPlans = defineOperation({
  operationId: 'listGalaPlans',
  method: 'GET',
  path: '/gala-plans',
  summary: 'List GALA plans',
  description: "Plans of the municipalities in the caller's regions, filterable by region, municipality and year.",
  tag,
  query: GalaPlanListQuerySchema,
  success: { status: 200, description: 'A page of plans.', schema: GalaPlanPageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'gala-plan:read' },
  purpose,
});

export const getGalaPlan = defineOperation({
  operationId: 'getGalaPlan',
  method: 'GET',
  path: '/gala-plans/{planId}',
  summary: 'Get a GALA plan',
  description: 'Answers an `ETag` (`"<revision>"`) to send back as `If-Match` when changing the plan.',
  tag,
  params: GalaPlanIdParamsSchema,
  success: { status: 200, description: 'The plan.', schema: GalaPlanSchema },
  errors: [401, 403, 404],
  access: { permission: 'gala-plan:read' },
  purpose,
});

export const createGalaPlan = defineOperation({
  operationId: 'createGalaPlan',
  method: 'POST',
  path: '/gala-plans',
  summary: 'Start a GALA plan',
  description:
    'A plan for a municipality of the region, or for the region as a whole; one per municipality and period. A broken ' +
    'rule (spending above plan without a reason, a year outside the period …) answers 422 naming the field, and ' +
    'nothing is stored. Free text passes the privacy guard. When a concurrent request stored a plan for the same ' +
    'municipality and period first, answers 409 naming the field.',
  tag,
  body: GalaPlanCreateSchema,
  success: { status: 201, description: 'The plan as stored.', schema: GalaPlanSchema, location: true },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'gala-plan:write' },
  purpose,
});

export const updateGalaPlan = defineOperation({
  operationId: 'updateGalaPlan',
  method: 'PATCH',
  path: '/gala-plans/{planId}',
  summary: 'Change a GALA plan',
  description:
    'Requires `If-Match` with the ETag last read. When the plan changed since, answers 412 with the current plan in ' +
    '`current` and its ETag, and changes nothing. Every list given replaces the whole list; broken rules answer 422.',
  tag,
  params: GalaPlanIdParamsSchema,
  body: GalaPlanUpdateSchema,
  success: { status: 200, description: 'The plan as stored, with its new ETag.', schema: GalaPlanSchema },
  errors: [401, 403, 404, 409, 412, 413, 415, 422, 428],
  access: { permission: 'gala-plan:write' },
  purpose,
});

export const getGalaDashboard = defineOperation({
  operationId: 'getGalaDashboard',
  method: 'GET',
  path: '/regions/{regionId}/gala-dashboard',
  summary: "Get a region's GALA dashboard",
  description:
    'For the coordinator of the region: per municipality the goals and chain approaches covered, the budget per block ' +
    'planned against spent per year, milestones overdue and due within 30 days, knowledge vouchers expiring within 30 ' +
    'days, hours used against granted, and agreements due for review. Filter by municipality and year.',
  tag,
  params: GalaDashboardParamsSchema,
  query: GalaDashboardQuerySchema,
  success: { status: 200, description: 'The dashboard as of today.', schema: GalaDashboardSchema },
  errors: [401, 403, 404],
  access: { permission: 'gala-plan:read' },
  purpose,
});

export const listGalaAlerts = defineOperation({
  operationId: 'listGalaAlerts',
  method: 'GET',
  path: '/gala-alerts',
  summary: "List the GALA alerts of the caller's regions",
  description:
    'The milestones overdue and due within 30 days, vouchers expiring within 30 days and agreements due for review, ' +
    "of every region the caller coordinates (or one), most urgent first: the start page's list.",
  tag,
  query: GalaAlertsQuerySchema,
  success: { status: 200, description: 'The alerts as of today.', schema: GalaAlertListSchema },
  errors: [401, 403],
  access: { permission: 'gala-plan:read' },
  purpose,
});

const taxonomyTag = 'GALA lists';

export const listGalaTaxonomy = defineOperation({
  operationId: 'listGalaTaxonomy',
  method: 'GET',
  path: '/gala-taxonomies/{kind}',
  summary: 'List the items of a GALA list',
  description: 'The goals, chain approaches or SPUK budget blocks, retired items included (with `retiredAt`).',
  tag: taxonomyTag,
  params: GalaTaxonomyParamsSchema,
  success: { status: 200, description: 'Every item of the list.', schema: GalaTaxonomyListSchema },
  errors: [401],
  access: { permission: 'gala-taxonomy:read' },
});

export const createGalaTaxonomyItem = defineOperation({
  operationId: 'createGalaTaxonomyItem',
  method: 'POST',
  path: '/gala-taxonomies/{kind}',
  summary: 'Add an item to a GALA list',
  tag: taxonomyTag,
  params: GalaTaxonomyParamsSchema,
  body: GalaTaxonomyItemCreateSchema,
  success: { status: 201, description: 'The item as stored.', schema: GalaTaxonomyItemSchema },
  errors: [401, 403, 409, 413, 415, 422],
  access: { permission: 'gala-taxonomy:write' },
});

export const updateGalaTaxonomyItem = defineOperation({
  operationId: 'updateGalaTaxonomyItem',
  method: 'PATCH',
  path: '/gala-taxonomies/{kind}/{code}',
  summary: 'Relabel or retire an item of a GALA list',
  description: 'Items are retired, never deleted: plans that used one keep it; it cannot be chosen anew.',
  tag: taxonomyTag,
  params: GalaTaxonomyItemParamsSchema,
  body: GalaTaxonomyItemUpdateSchema,
  success: { status: 200, description: 'The item as stored.', schema: GalaTaxonomyItemSchema },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'gala-taxonomy:write' },
});

/** The GALA operations, spread into the API's operation list. */
export const galaOperations = {
  listGalaPlans,
  getGalaPlan,
  createGalaPlan,
  updateGalaPlan,
  getGalaDashboard,
  listGalaAlerts,
  listGalaTaxonomy,
  createGalaTaxonomyItem,
  updateGalaTaxonomyItem,
};
