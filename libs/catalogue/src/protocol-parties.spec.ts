/**
 * seeds/protocol-parties.json, transcribed from the UN Treaty Collection's status list, checked for its shape and
 * against what the final reports in seeds/reports say of each State at each meeting.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport, type StateDirectoryEntry } from '#importer';
import { PROTOCOL_ACTIONS } from './entities/state.entity.js';
import type { ProtocolPartiesList } from './states.service.js';

const seeds = path.resolve('seeds');
const list = JSON.parse(readFileSync(path.join(seeds, 'protocol-parties.json'), 'utf8')) as ProtocolPartiesList & { partiesInList: number; provenance: string };
const states = JSON.parse(readFileSync(path.join(seeds, 'states.json'), 'utf8')) as (StateDirectoryEntry & { kind: string })[];
const byCode = new Map(list.parties.map((p) => [p.code, p]));

describe('seeds/protocol-parties.json', () => {
  it('names its source, its as-of date and that it was transcribed', () => {
    expect(list.source).toBe('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en');
    expect(list.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(list.provenance).toMatch(/^Transcribed, not downloaded/);
    expect(list.parties).toHaveLength(list.partiesInList);
  });

  it('lists each party once, a State of seeds/states.json, with an action and a date no later than the as-of date', () => {
    const codes = new Set(states.map((s) => s.code));
    expect(byCode.size).toBe(list.parties.length);
    for (const p of list.parties) {
      expect(codes.has(p.code)).toBe(true);
      expect(PROTOCOL_ACTIONS).toContain(p.action);
      expect(p.date).toMatch(/^(?:200[0-9]|201[0-9]|202[0-9])-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(p.date))).toBe(false);
      expect(p.date <= list.asOf).toBe(true);
    }
  });

  it('does not list Pakistan (a non-party in the 2011, 2013 and 2019 reports; a party only in the 2021 draft)', () => {
    expect(byCode.has('PAK')).toBe(false);
  });

  // A State a final report lists as a non-party (observer) or a signatory at a meeting cannot have become a party
  // before that meeting; one it lists as a party must have become one by then, if the list names it.
  it('agrees with the attendance lists of the final reports, meeting by meeting', () => {
    const contradictions: string[] = [];
    for (const file of readdirSync(path.join(seeds, 'reports')).filter((f) => f.endsWith('.txt'))) {
      const plan = parseReport(readFileSync(path.join(seeds, 'reports', file), 'utf8'), { states, themes: [], fileName: file });
      if (plan.session?.status !== 'final' || !plan.session.startDate) continue;
      const meeting = plan.session.startDate;
      for (const a of plan.attendance) {
        const entry = a.stateCode ? byCode.get(a.stateCode) : undefined;
        if (!entry) continue;
        const partyThen = entry.date <= meeting;
        if ((a.category === 'observer_state' || a.category === 'signatory') && partyThen) contradictions.push(`${file}: ${a.stateCode} ${a.category}, list ${entry.date}`);
        if ((a.category === 'party' || a.category === 'reio') && !partyThen) contradictions.push(`${file}: ${a.stateCode} party, list ${entry.date}`);
      }
    }
    expect(contradictions).toEqual([]);
  });
});
