import { AuditEvent } from '#audit';
import { AccountToken, AuthSession, LoginFailure, MFA_ENTITIES, RefreshToken, User } from '#auth';
import { CATALOGUE_ENTITIES } from '#catalogue';
import { REPORTING_ENTITIES } from '#reporting';
import { Notification } from '#notifications';
import { MailDelivery } from '#mail';

/** Every entity of the application: the composition root the DataSource is built from. */
export const ENTITIES = [AuditEvent, User, AuthSession, RefreshToken, AccountToken, LoginFailure, ...MFA_ENTITIES, ...CATALOGUE_ENTITIES, ...REPORTING_ENTITIES, Notification, MailDelivery];
