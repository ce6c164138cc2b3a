import type { components } from '@contracts';
import { uploadWithProgress } from '@/lib/upload';
import { reportPath } from './keys';

export type EvidenceUpload = components['schemas']['EvidenceUploadDto'];

/** POST …/reports/{recommendationId}/evidence (multipart), with progress: the file and the report it changed. */
export async function uploadEvidence(key: { cycleId: string; stateCode: string; recommendationId: string }, file: File, onProgress: (fraction: number) => void): Promise<EvidenceUpload> {
  const answer = await uploadWithProgress<EvidenceUpload>(`${reportPath(key.cycleId, key.stateCode, key.recommendationId)}/evidence`, file, { onProgress });
  return answer.body;
}
