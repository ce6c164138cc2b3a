import { ApiProperty } from '@nestjs/swagger';
import type { AuditEventView } from '../audit.service.js';

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The actor’s e-mail now (null for anonymous events)' }) actorEmail: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The actor’s name now' }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The actor’s role when acting' }) actorRole: string | null;
  @ApiProperty({ example: 'user.updated' }) action: string;
  @ApiProperty({ type: String, nullable: true }) entity: string | null;
  @ApiProperty({ type: String, nullable: true }) entityId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The server’s own id of the request (also its X-Request-Id response header)' }) requestId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The X-Request-Id the client sent, if any (short printable ASCII), kept apart from requestId' })
  clientRequestId: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: '{ field: { from, to } }; null for report events, whose metadata.changedFields names the fields changed (never their values)' })
  changes: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) metadata: Record<string, unknown> | null;

  static from(e: AuditEventView): AuditEventDto {
    return { ...e, occurredAt: e.occurredAt.toISOString() };
  }
}
