import { BULK_INVITATION_ERRORS } from '#contracts';
import { defineErrors } from '#common';

export const BulkInvitationError = defineErrors('BulkInvitationError', BULK_INVITATION_ERRORS);
