import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The figures a reliability run prints: one block per suite on stdout (not through Jest's console, which decorates
 * every line), and one JSON line per suite appended to .data/reliability/figures.jsonl for later comparison.
 */
export class Figures {
  private readonly rows: [string, string][] = [];

  constructor(private readonly suite: string) {}

  add(name: string, value: string | number | boolean | object): void {
    this.rows.push([name, typeof value === 'string' ? value : typeof value === 'number' ? String(Math.round(value * 10) / 10) : JSON.stringify(value)]);
  }

  print(): void {
    if (!this.rows.length) return;
    const width = Math.max(...this.rows.map(([name]) => name.length));
    const lines = [`\n== reliability: ${this.suite} ==`, ...this.rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`), ''];
    process.stdout.write(`${lines.join('\n')}\n`);
    const dir = path.resolve('.data/reliability');
    mkdirSync(dir, { recursive: true });
    appendFileSync(path.join(dir, 'figures.jsonl'), `${JSON.stringify({ at: new Date().toISOString(), suite: this.suite, figures: Object.fromEntries(this.rows) })}\n`);
  }
}
