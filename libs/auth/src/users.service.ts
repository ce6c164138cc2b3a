import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService, diffFields } from '#audit';
import { pageOf, pageOffset, type FieldError, type Page } from '#common';
import { AuthError } from './auth-errors.js';
import type { AuthUser } from './auth-user.js';
import { normaliseEmail } from './auth.service.js';
import { AccountTokensService, type PendingAccountMail } from './account-tokens.service.js';
import { authConfig } from './auth.config.js';
import { generatePassword, hashPassword } from './password-hasher.js';
import { passwordProblem } from './password-policy.js';
import { TokenService } from './token.service.js';
import { STATE_DIRECTORY, type StateDirectory } from './state-directory.js';
import { User } from './user.entity.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import type { ListUsersQuery } from './dto/list-users.query.js';
import type { Role } from '#contracts';

const AUDITED_FIELDS = ['email', 'name', 'role', 'stateCode', 'active', 'mustChangePassword', 'language'] as const;

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';

/** A focal point needs a State; nobody else may have one. */
function roleStateProblem(role: Role, stateCode: string | null): FieldError | null {
  if (role === 'focal_point' && !stateCode) return { field: 'stateCode', rule: 'stateRequired', message: 'stateCode is required for a focal point' };
  if (role !== 'focal_point' && stateCode) return { field: 'stateCode', rule: 'stateForbidden', message: `stateCode must be empty for role ${role}` };
  return null;
}

/** What an invitation tells the admin who sent it: where it went and until when — never the link itself. */
export interface InvitationReceipt {
  sentTo: string;
  expiresAt: Date;
  /** Always true now: the mail is in the outbox (retried until the mail server accepts it, else listed as a failed job). */
  delivered: boolean;
}

export interface InvitedUser {
  user: User;
  invitation: InvitationReceipt;
}

/** For operators on the server (first start, CLI): a password given, or a temporary one printed once. */
export interface CreateUserWithPasswordInput {
  email: string;
  name: string;
  role: Role;
  stateCode?: string;
  password?: string;
}

export interface CreateUserResult {
  user: User;
  temporaryPassword?: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly accountTokens: AccountTokensService,
    private readonly audit: AuditService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    @Optional() @Inject(STATE_DIRECTORY) private readonly stateDirectory?: StateDirectory,
  ) {}

  private async assertKnownState(stateCode: string | null): Promise<void> {
    if (!stateCode || !this.stateDirectory || (await this.stateDirectory.exists(stateCode))) return;
    throw new AuthError('INVALID_USER', `No State has the code ${stateCode}.`, {
      errors: [{ field: 'stateCode', rule: 'stateUnknown', message: 'stateCode must name a known State (see GET /api/states)' }],
    });
  }

  async list(query: ListUsersQuery): Promise<Page<User>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.stateCode) qb.andWhere('u.state_code = :stateCode', { stateCode: query.stateCode });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.q) {
      const like = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
      qb.andWhere('(u.email ILIKE :like OR u.name ILIKE :like)', { like });
    }
    const sort = query.sort ?? 'email';
    const descending = sort.startsWith('-');
    const column = { email: 'u.email', name: 'u.name', createdAt: 'u.created_at', lastLoginAt: 'u.last_login_at' }[descending ? sort.slice(1) : sort]!;
    // Never-signed-in users go last either way; ties by e-mail keep pages stable.
    qb.orderBy(column, descending ? 'DESC' : 'ASC', 'NULLS LAST').addOrderBy('u.email', 'ASC').offset(pageOffset(query)).limit(query.limit);
    const [items, total] = await qb.getManyAndCount();
    return pageOf(items, total, query);
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id } });
    if (!user) throw new AuthError('USER_NOT_FOUND');
    return user;
  }

  /**
   * Creates an account and e-mails its owner a single-use invitation link to choose a password. The admin never
   * knows the password (so an admin can never sign in as a focal point and read their State's drafts).
   */
  async invite(actor: AuthUser, dto: CreateUserDto): Promise<InvitedUser> {
    const { user, mail } = await this.dataSource.transaction((em) => this.inviteWithin(em, actor, dto));
    return { user, invitation: this.sendInvitation(mail) };
  }

  /**
   * Many invitations at once (the bulk invitation of focal points): every account and its link in ONE transaction —
   * all or nothing — then the mails, after the commit. Each account is audited as a single invitation is
   * (user.created, user.invited), the invitation's metadata naming the batch and the file's row.
   */
  async inviteMany(actor: AuthUser, people: (CreateUserDto & { row: number })[]): Promise<{ batch: string; invited: InvitedUser[] }> {
    const batch = randomUUID();
    const by = { id: actor.id, role: actor.role };
    const created = await this.dataSource.transaction(async (em) => {
      const drafts = people.map((p) => this.newUser(em, { ...p, passwordHash: null, temporary: false }));
      for (const code of new Set(drafts.map((u) => u.stateCode))) await this.assertKnownState(code);
      // A few statements for the whole file (not a few per person): the accounts, their links, their audit rows.
      try {
        await em.insert(User, drafts);
      } catch (error) {
        if (isUniqueViolation(error)) throw new AuthError('EMAIL_TAKEN', 'An account with one of these e-mail addresses was created meanwhile.');
        throw error;
      }
      const byEmail = new Map((await em.getRepository(User).find({ where: { email: In(drafts.map((u) => u.email)) } })).map((u) => [u.email, u]));
      const users = drafts.map((d) => byEmail.get(d.email)!);
      const mails = await this.accountTokens.createForNewAccounts(em, users, actor.id);
      await this.audit.recordMany(
        users.flatMap((user, i) => [
          { actor: by, action: 'user.created', entity: 'user', entityId: user.id, changes: diffFields<User>(null, user, AUDITED_FIELDS) },
          {
            actor: by,
            action: 'user.invited',
            entity: 'user',
            entityId: user.id,
            metadata: { expiresAt: mails[i].expiresAt.toISOString(), bulkInvitation: batch, row: people[i].row },
          },
        ]),
        em,
      );
      return users.map((user, i) => ({ user, mail: mails[i] }));
    });
    // The mails were enqueued in the transaction (the outbox sends them): nothing to wait for here.
    return { batch, invited: created.map(({ user, mail }) => ({ user, invitation: this.sendInvitation(mail) })) };
  }

  private async inviteWithin(em: EntityManager, actor: AuthUser, dto: CreateUserDto): Promise<{ user: User; mail: PendingAccountMail }> {
    const created = await this.insertUser(em, actor, { ...dto, passwordHash: null, temporary: false });
    const pending = await this.accountTokens.create(em, created, 'invitation', 'new_account', actor.id);
    await this.audit.record(
      { actor: { id: actor.id, role: actor.role }, action: 'user.invited', entity: 'user', entityId: created.id, metadata: { expiresAt: pending.expiresAt.toISOString() } },
      em,
    );
    return { user: created, mail: pending };
  }

  /** Operators only (first start, CLI `create-admin`): the password is given, or a temporary one is returned once. */
  async createWithPassword(input: CreateUserWithPasswordInput): Promise<CreateUserResult> {
    const { passwordHash, temporaryPassword } = await this.operatorPassword(input);
    const user = await this.dataSource.transaction((em) => this.insertUser(em, null, { ...input, passwordHash, temporary: temporaryPassword !== undefined }));
    return { user, temporaryPassword };
  }

  /**
   * The first start's admin: created only when there is no user at all, decided and inserted in one transaction
   * under an advisory lock, so that replicas started together create exactly one (null for the others). A
   * transaction-level lock, so it works through a transaction pooler too.
   */
  async createFirstAdmin(input: Omit<CreateUserWithPasswordInput, 'role' | 'stateCode'>): Promise<CreateUserResult | null> {
    if ((await this.countUsers()) > 0) return null;
    // Hashed before the lock: the other replica waits for an insert, not for a key derivation.
    const { passwordHash, temporaryPassword } = await this.operatorPassword(input);
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('users:first-admin'))`);
      // Read after the lock (read committed: a fresh snapshot), so a replica that waited sees the other's admin.
      if ((await em.getRepository(User).count()) > 0) return null;
      const user = await this.insertUser(em, null, { ...input, role: 'admin', passwordHash, temporary: temporaryPassword !== undefined });
      return { user, temporaryPassword };
    });
  }

  private async operatorPassword(input: { email: string; name: string; password?: string }): Promise<{ passwordHash: string; temporaryPassword?: string }> {
    if (input.password === undefined) {
      const temporaryPassword = generatePassword();
      return { passwordHash: await hashPassword(temporaryPassword), temporaryPassword };
    }
    const problem = passwordProblem(input.password, { email: normaliseEmail(input.email), name: input.name });
    if (problem) throw new AuthError('WEAK_PASSWORD', problem, { errors: [{ field: 'password', message: problem }] });
    return { passwordHash: await hashPassword(input.password) };
  }

  /** A new account's row, checked (the role/State rule) but not saved. */
  private newUser(
    tx: EntityManager,
    input: { email: string; name: string; role: Role; stateCode?: string; language?: string; passwordHash: string | null; temporary: boolean },
  ): User {
    const email = normaliseEmail(input.email);
    const stateCode = input.stateCode ?? null;
    const mismatch = roleStateProblem(input.role, stateCode);
    if (mismatch) throw new AuthError('INVALID_USER', mismatch.message, { errors: [mismatch] });
    return tx.create(User, {
      email,
      name: input.name.trim(),
      role: input.role,
      stateCode,
      passwordHash: input.passwordHash,
      mustChangePassword: input.temporary,
      // A temporary password is a credential someone else saw: it stops working if not replaced in time.
      passwordExpiresAt: input.temporary ? new Date(Date.now() + this.config.TEMPORARY_PASSWORD_TTL_HOURS * 3_600_000) : null,
      language: input.language ?? 'en',
      active: true,
    });
  }

  private async insertUser(
    tx: EntityManager,
    actor: AuthUser | null,
    input: { email: string; name: string; role: Role; stateCode?: string; language?: string; passwordHash: string | null; temporary: boolean },
  ): Promise<User> {
    const user = this.newUser(tx, input);
    await this.assertKnownState(user.stateCode);
    try {
      // A failed insert aborts the transaction, so the e-mail check relies on the unique constraint, not a pre-read.
      await tx.save(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AuthError('EMAIL_TAKEN', undefined, { errors: [{ field: 'email', message: 'email is already in use' }] });
      throw error;
    }
    await this.audit.record(
      {
        actor: actor ? { id: actor.id, role: actor.role } : null,
        action: 'user.created',
        entity: 'user',
        entityId: user.id,
        changes: diffFields<User>(null, user, AUDITED_FIELDS),
      },
      tx,
    );
    return user;
  }

  /** The invitation's mail was enqueued with the link (AccountTokensService.create); the outbox retries until it is accepted. */
  private sendInvitation(mail: PendingAccountMail): InvitationReceipt {
    return { sentTo: mail.to, expiresAt: mail.expiresAt, delivered: true };
  }

  async update(actor: AuthUser, id: string, dto: UpdateUserDto): Promise<User> {
    return this.dataSource.transaction(async (em) => {
      // One account change at a time: two admins demoting each other cannot both pass the last-admin check.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('users:admin-set'))`);
      const before = await this.lock(em, id);
      const role = dto.role ?? before.role;
      // Leaving the focal-point role drops the State unless one is (wrongly) given explicitly.
      let stateCode = dto.stateCode === undefined ? before.stateCode : dto.stateCode;
      if (dto.role && dto.role !== 'focal_point' && dto.stateCode === undefined) stateCode = null;
      const mismatch = roleStateProblem(role, stateCode);
      if (mismatch) throw new AuthError('INVALID_USER', mismatch.message, { errors: [mismatch] });
      if (stateCode !== before.stateCode) await this.assertKnownState(stateCode);
      const after: User = { ...before, name: dto.name?.trim() ?? before.name, role, stateCode, active: dto.active ?? before.active, language: dto.language ?? before.language };
      const losesAdmin = before.role === 'admin' && before.active && (after.role !== 'admin' || !after.active);
      if (losesAdmin) await this.assertAnotherActiveAdmin(em, before.id);
      const securityChange = after.role !== before.role || after.stateCode !== before.stateCode || after.active !== before.active;
      const changes = diffFields<User>(before, after, AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return before;
      await em.update(
        User,
        { id },
        {
          name: after.name,
          role: after.role,
          stateCode: after.stateCode,
          active: after.active,
          language: after.language,
          // Outstanding access tokens carry the old role/State: make them fail on the very next request.
          tokenVersion: securityChange ? before.tokenVersion + 1 : before.tokenVersion,
          version: before.version + 1,
        },
      );
      if (!after.active) await this.tokens.revokeAllForUser(em, id, 'deactivated');
      await this.audit.record({ actor: { id: actor.id, role: actor.role }, action: 'user.updated', entity: 'user', entityId: id, changes }, em);
      return this.lock(em, id);
    });
  }

  /**
   * An admin's reset: the current password stops working, every session ends, and the user gets a new invitation
   * link by e-mail to choose a password. The admin learns where it went, never the link.
   */
  async resetPassword(actor: AuthUser, id: string): Promise<InvitationReceipt> {
    const mail = await this.dataSource.transaction(async (em) => {
      const user = await this.lock(em, id);
      await em.update(
        User,
        { id },
        { passwordHash: null, mustChangePassword: false, passwordExpiresAt: null, tokenVersion: user.tokenVersion + 1, version: user.version + 1 },
      );
      await this.tokens.revokeAllForUser(em, id, 'password_reset');
      const pending = await this.accountTokens.create(em, user, 'invitation', 'admin_reset', actor.id);
      await this.audit.record(
        { actor: { id: actor.id, role: actor.role }, action: 'user.password_reset', entity: 'user', entityId: id, metadata: { expiresAt: pending.expiresAt.toISOString() } },
        em,
      );
      return pending;
    });
    return this.sendInvitation(mail);
  }

  /** Signs a user out everywhere (a lost laptop, a departure). */
  async revokeSessions(actor: AuthUser, id: string): Promise<{ revoked: number }> {
    return this.dataSource.transaction(async (em) => {
      await this.lock(em, id);
      const revoked = await this.tokens.revokeAllForUser(em, id, 'revoked_by_admin');
      await this.audit.record({ actor: { id: actor.id, role: actor.role }, action: 'user.sessions_revoked', entity: 'user', entityId: id, metadata: { revoked } }, em);
      return { revoked };
    });
  }

  async countUsers(): Promise<number> {
    return this.dataSource.getRepository(User).count();
  }

  private async lock(em: EntityManager, id: string): Promise<User> {
    const user = await em.getRepository(User).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
    if (!user) throw new AuthError('USER_NOT_FOUND');
    return user;
  }

  /** Called under the account-change advisory lock taken in update(). */
  private async assertAnotherActiveAdmin(em: EntityManager, exceptId: string): Promise<void> {
    const others = await em
      .getRepository(User)
      .createQueryBuilder('u')
      .where(`u.role = 'admin' AND u.active AND u.id <> :exceptId`, { exceptId })
      .getCount();
    if (others === 0) throw new AuthError('LAST_ADMIN');
  }
}
