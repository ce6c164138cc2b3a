import { useMutation } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { useCycleAnswer } from './use-update-cycle';

export type ExtensionBody = components['schemas']['StateExtensionBodyDto'];

/** POST /api/cycles/{id}/open: a planned cycle opens (drafts carried forward, focal points told). */
export function useOpenCycle(id: string) {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/cycles/{id}/open', { params: { path: { id } } })), onSuccess: useCycleAnswer() });
}

/** POST /api/cycles/{id}/close. */
export function useCloseCycle(id: string) {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/cycles/{id}/close', { params: { path: { id } } })), onSuccess: useCycleAnswer() });
}

/** POST /api/cycles/{id}/reopen with the new closing day. */
export function useReopenCycle(id: string) {
  return useMutation({
    mutationFn: (closesOn: string) => unwrap(api.POST('/api/cycles/{id}/reopen', { params: { path: { id } }, body: { closesOn } })),
    onSuccess: useCycleAnswer(),
  });
}

/** PUT /api/cycles/{id}/states/{code}/extension: one State's later deadline, with the reason. */
export function usePutExtension(id: string) {
  return useMutation({
    mutationFn: ({ code, ...body }: ExtensionBody & { code: string }) => unwrap(api.PUT('/api/cycles/{id}/states/{code}/extension', { params: { path: { id, code } }, body })),
    onSuccess: useCycleAnswer(),
  });
}

/** DELETE /api/cycles/{id}/states/{code}/extension. */
export function useDeleteExtension(id: string) {
  return useMutation({
    mutationFn: (code: string) => unwrap(api.DELETE('/api/cycles/{id}/states/{code}/extension', { params: { path: { id, code } } })),
    onSuccess: useCycleAnswer(),
  });
}
