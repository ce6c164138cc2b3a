export * from './mfa-errors.js';
export * from './mfa-crypto.js';
export * from './user-mfa.entity.js';
export * from './mfa-recovery-code.entity.js';
export * from './mfa-challenge.entity.js';
export * from './mfa.service.js';
export * from './dto/mfa.dto.js';

import { UserMfa } from './user-mfa.entity.js';
import { MfaRecoveryCode } from './mfa-recovery-code.entity.js';
import { MfaChallenge } from './mfa-challenge.entity.js';

export const MFA_ENTITIES = [UserMfa, MfaRecoveryCode, MfaChallenge];
