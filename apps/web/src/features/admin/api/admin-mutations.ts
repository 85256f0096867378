import {
  approveMembership,
  createMembership,
  createOrganisation,
  createPasswordResetLink,
  createPerson,
  createRegion,
  deleteMembership,
  rejectMembership,
  updateOrganisation,
  updatePerson,
  updateRegion,
  type ContextType,
  type Membership,
  type Organisation,
  type OrganisationType,
  type Person,
  type Region,
  type Role,
} from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import type { AfterChange } from '../../../lib/after-change';
import { meQueryKey } from '../../../lib/auth/me-query';

/** Create a person, or change one; the lists (and who-am-I, which may be this person) are read again. */
export function useSavePerson(person: Person | undefined, { onSuccess }: AfterChange<Person> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      name,
      email,
      organisationId,
      isAdmin,
      active,
    }: {
      name: string;
      email: string;
      organisationId: string;
      isAdmin: boolean;
      active: boolean;
    }) =>
      person
        ? callApi(updatePerson, {
            params: { personId: person.id },
            body: { name, email, organisationId, isAdmin, active },
          })
        : callApi(createPerson, { body: { name, email, organisationId, isAdmin } }),
    onSuccess: async (saved) => {
      // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
      await queryClient.invalidateQueries({ queryKey: ['people'], refetchType: 'all' });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await onSuccess?.(saved);
    },
  });
}

/** A one-time link with which a person sets a new password. */
export function useCreatePasswordResetLink(personId: string) {
  return useMutation({ mutationFn: () => callApi(createPasswordResetLink, { params: { personId } }) });
}

/** The second administrator approves or rejects a pending grant. */
export function useDecideMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ membershipId, approve }: { membershipId: string; approve: boolean }) =>
      callApi(approve ? approveMembership : rejectMembership, { params: { membershipId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['memberships'] }),
  });
}

/** Give a person a role in a context. */
export function useCreateMembership({ onSuccess }: AfterChange<Membership> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { personId: string; contextType: ContextType; contextId: string; role: Role }) =>
      callApi(createMembership, { body }),
    onSuccess: async (created) => {
      await onSuccess?.(created);
      await queryClient.invalidateQueries({ queryKey: ['memberships'] });
    },
  });
}

/** Take a role away. */
export function useDeleteMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => callApi(deleteMembership, { params: { membershipId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['memberships'] }),
  });
}

/** Create an organisation, or change one; empty KvK number and OIN are left out (new) or cleared (change). */
export function useSaveOrganisation(
  organisation: Organisation | undefined,
  { onSuccess }: AfterChange<Organisation> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      name,
      type,
      kvkNumber,
      oin,
    }: {
      name: string;
      type: OrganisationType;
      kvkNumber?: string | undefined;
      oin?: string | undefined;
    }) => {
      if (organisation) {
        return callApi(updateOrganisation, {
          params: { organisationId: organisation.id },
          body: { name, type, kvkNumber: kvkNumber ?? null, oin: oin ?? null },
        });
      }
      return callApi(createOrganisation, {
        body: { name, type, ...(kvkNumber ? { kvkNumber } : {}), ...(oin ? { oin } : {}) },
      });
    },
    onSuccess: async (saved) => {
      // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
      await queryClient.invalidateQueries({ queryKey: ['organisations'], refetchType: 'all' });
      await onSuccess?.(saved);
    },
  });
}

/** Create a region, or change one; the contexts to pick from include regions, so they are read again too. */
export function useSaveRegion(region: Region | undefined, { onSuccess }: AfterChange<Region> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; municipalityIds: string[] }) =>
      region ? callApi(updateRegion, { params: { regionId: region.id }, body }) : callApi(createRegion, { body }),
    onSuccess: async (saved) => {
      // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
      await queryClient.invalidateQueries({ queryKey: ['regions'], refetchType: 'all' });
      await queryClient.invalidateQueries({ queryKey: ['contexts'] });
      await onSuccess?.(saved);
    },
  });
}
