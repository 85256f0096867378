import {
  contextTypes,
  MembershipStatusSchema,
  roles,
  type ContextType,
  type MembershipStatus,
  type Role,
} from '@leerkring/domain';

export const isContextType = (value: string): value is ContextType => contextTypes.some((type) => type.code === value);
export const isRole = (value: string): value is Role => roles.some((role) => role.code === value);
export const isStatus = (value: string): value is MembershipStatus => MembershipStatusSchema.safeParse(value).success;
