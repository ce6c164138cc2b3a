import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblems } from '#common';
import type { Permission } from '#contracts';

export const PERMISSION_KEY = 'wg4:permission';

/** The permission a route needs (see permissions.ts); also documents the bearer scheme and the 401/403 answers. */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(SetMetadata(PERMISSION_KEY, permission), ApiBearerAuth('bearer'), ApiProblems(401, 403));
