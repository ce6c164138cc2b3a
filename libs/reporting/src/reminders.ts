import type { EntityManager } from 'typeorm';
import type { ReminderRecipientDto, ReminderStateDto } from './dto/reminder.dto.js';
import { stateDeadlineSql } from './deadlines.js';
import { reminderMessage, type ReminderMessage } from './reminder-message.js';
import { ReportError } from './reporting-errors.js';

/** A State to remind, its focal points (with their ids, for the notifications) and when it was last reminded. */
export interface PlannedState extends ReminderStateDto {
  recipients: (ReminderRecipientDto & { userId: string })[];
}

/**
 * Whom a reminder about `cycleId` would reach now: the given States (unknown code: STATE_NOT_FOUND), else every
 * State with an active focal point that has submitted nothing in the cycle. A State reminded less than
 * `minIntervalHours` ago is skipped (recently_reminded), as is one without an active focal point (no_focal_point).
 * "Last reminded" is the newest `cycle.deadline` notification of the cycle to one of the State's focal points; the
 * deadline is the State's own (the cycle's closing day, or its extension when later). The States' names are in `lang`
 * (the language of whoever reads the plan), else English.
 */
export async function planReminders(em: EntityManager, cycleId: string, states: string[] | null, minIntervalHours: number, lang: string | null = null): Promise<PlannedState[]> {
  if (states) {
    const known: { code: string }[] = await em.query(`SELECT code FROM states WHERE code = ANY($1)`, [states]);
    if (known.length !== states.length) {
      const missing = states.filter((s) => !known.some((k) => k.code === s));
      throw new ReportError('STATE_NOT_FOUND', `No State with the code ${missing.join(', ')}.`, { errors: [{ field: 'states', message: `unknown State: ${missing.join(', ')}` }] });
    }
  }
  const rows: {
    code: string;
    name: string;
    deadline: string;
    lastRemindedAt: Date | null;
    recipients: (ReminderRecipientDto & { userId: string })[] | null;
  }[] = await em.query(
    `WITH targets AS (
       SELECT st.code, COALESCE(st.names->>$3::text, st.names->>'en', st.code) AS name FROM states st
        WHERE CASE WHEN $2::text[] IS NOT NULL THEN st.code = ANY($2)
                   ELSE EXISTS (SELECT 1 FROM users u WHERE u.active AND u.role = 'focal_point' AND u.state_code = st.code)
                        AND NOT EXISTS (SELECT 1 FROM implementation_reports r WHERE r.cycle_id = $1::uuid AND r.state_code = st.code AND r.submissions > 0) END)
     SELECT t.code, t.name, to_char(${stateDeadlineSql('$1::uuid', 't.code')}, 'YYYY-MM-DD') AS deadline,
            (SELECT max(n.created_at) FROM notifications n JOIN users u ON u.id = n.user_id
              WHERE n.kind = 'cycle.deadline' AND n.data->>'cycleId' = ($1::uuid)::text
                AND COALESCE(n.data->>'stateCode', u.state_code) = t.code) AS "lastRemindedAt",
            (SELECT json_agg(json_build_object('userId', u.id, 'name', u.name, 'email', u.email, 'language', u.language) ORDER BY u.name, u.email)
               FROM users u WHERE u.active AND u.role = 'focal_point' AND u.state_code = t.code) AS recipients
       FROM targets t ORDER BY t.code`,
    [cycleId, states, lang],
  );
  const now = Date.now();
  const interval = minIntervalHours * 3_600_000;
  return rows.map((r) => {
    const last = r.lastRemindedAt ? new Date(r.lastRemindedAt) : null;
    const next = last && last.getTime() + interval > now ? new Date(last.getTime() + interval) : null;
    const recipients = r.recipients ?? [];
    return {
      code: r.code,
      name: r.name,
      deadline: r.deadline,
      lastRemindedAt: last?.toISOString() ?? null,
      nextAllowedAt: next?.toISOString() ?? null,
      skipped: recipients.length === 0 ? 'no_focal_point' : next ? 'recently_reminded' : null,
      recipients,
    };
  });
}

/** A reminder as mailed: its text, the deadline it names and the States it goes to. */
export interface PlannedMessage extends ReminderMessage {
  deadline: string;
  states: string[];
}

/**
 * The mails a reminder sends: one per language the recipients read and deadline they have (a State with an extension
 * is told its own); English with the cycle's closing day when nobody would be reminded.
 */
export function reminderMessages(cycleName: string, closesOn: string, planned: PlannedState[]): PlannedMessage[] {
  const groups = new Map<string, { language: string; deadline: string; states: Set<string> }>();
  for (const state of planned.filter((s) => !s.skipped)) {
    for (const { language } of state.recipients) {
      const key = `${language}|${state.deadline}`;
      const group = groups.get(key) ?? { language, deadline: state.deadline, states: new Set<string>() };
      group.states.add(state.code);
      groups.set(key, group);
    }
  }
  if (groups.size === 0) groups.set('en', { language: 'en', deadline: closesOn, states: new Set() });
  return [...groups.values()]
    .sort((a, b) => a.language.localeCompare(b.language) || a.deadline.localeCompare(b.deadline))
    .map((g) => ({ ...reminderMessage(cycleName, g.deadline, g.language), deadline: g.deadline, states: [...g.states].sort() }));
}

/** The public shape of a planned State (no user ids). */
export const publicState = (s: PlannedState): ReminderStateDto => ({ ...s, recipients: s.recipients.map(({ name, email, language }) => ({ name, email, language })) });
