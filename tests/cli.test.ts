/** `npm run ask` as a user runs it: the JSON contract, terminal replies, standard-input lines, bad flags. */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { seedsFolder } from './helpers.ts';
import type { JsonReply } from '../src/render/replyJson.ts';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function ask(args: string[], input?: string) {
  const r = spawnSync(tsx, [path.join(root, 'src/cli/ask.ts'), ...args], { input, encoding: 'utf8', cwd: root, env: { ...process.env, SEEDS_DIR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a script, reads stdout up to its first line, then closes the pipe as `| head -1` does. */
function firstLineThenClose(script: string, input: string, env: Record<string, string> = {}): Promise<{ code: number | null; first: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [path.join(root, script), ...(script.endsWith('ask.ts') ? ['--json'] : [])], {
      cwd: root,
      env: { ...process.env, SEEDS_DIR: '', ...env },
    });
    let out = '';
    let stderr = '';
    let first = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!first && out.includes('\n')) {
        first = out.slice(0, out.indexOf('\n'));
        child.stdout.destroy();
      }
    });
    child.on('close', (code) => resolve({ code, first, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** One line of `ask --json` standard-input mode: a reply, or an error line. */
type ReplyLine = Partial<JsonReply> & { error?: string };

describe('ask command line', () => {
  it('answers one question as JSON with the exact contract', () => {
    const r = ask(['--json', "In which city did Kim's train arrive?"]);
    expect(r.code).toBe(0);
    const reply = JSON.parse(r.stdout) as JsonReply;
    expect(Object.keys(reply)).toEqual(['question', 'type', 'answer', 'passages', 'agreeing_sources']);
    expect(reply).toMatchObject({ question: "In which city did Kim's train arrive?", type: 'where' });
    expect(reply.answer).toMatch(/Vladivostok/);
    expect(reply.passages.length).toBeGreaterThan(0);
    expect(reply.passages.length).toBeLessThanOrEqual(3);
    for (const p of reply.passages) {
      expect(Object.keys(p)).toEqual(['source', 'title', 'publisher', 'date', 'paragraph', 'text', 'score', 'agency', 'authors']);
      expect(p.date === null || /^\d{4}-\d{2}-\d{2}$/.test(p.date)).toBe(true);
    }
  });

  it('prints a terminal reply with the answer, quotes and ¶ citations', () => {
    const r = ask(['Who entertained Kim after he tasted the bread and salt?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Answer: .*brass band/);
    expect(r.stdout).toMatch(/The Financial Express, 2019-04-25, ¶9/);
  });

  it('abstains as answer null with no passages', () => {
    const reply = JSON.parse(ask(['--json', 'Who painted the Mona Lisa?']).stdout) as JsonReply;
    expect(reply).toMatchObject({ answer: null, passages: [], agreeing_sources: 0 });
  });

  it('answers standard input line by line, JSON or plain, with error lines for bad ones', () => {
    const lines = [
      '{"question": "When did Kim Jong-il meet Dmitry Medvedev?", "type": null, "id": "x"}',
      'Who directs the Moscow Carnegie Centre?',
      '{"question": "", "type": "who"}',
      '{not json',
      '{"question": "Who?", "type": "whence"}',
      `{"question": "${'a'.repeat(10000)}"}`,
      '{"question": "tab\\u0007bell"}',
      '?!?!',
    ];
    const r = ask(['--json'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ReplyLine);
    expect(out).toHaveLength(8);
    expect(out[0]!.answer).toMatch(/2011/);
    expect(out[1]!.answer).toMatch(/Trenin/);
    expect(out[2]!.type).toBe('who');
    expect(out[2]!.answer).toMatch(/Kim/);
    expect(out[3]!.error).toMatch(/malformed JSON/);
    expect(out[4]!.error).toMatch(/unknown type "whence"/);
    expect(out[5]!.error).toMatch(/too long/);
    expect(out[6]!.error).toMatch(/control characters/);
    expect(out[7]!.error).toMatch(/only punctuation/);
  });

  it('exits non-zero with a clear message on bad flags or an unreadable seeds folder', () => {
    const flag = ask(['--bogus', 'Who?']);
    expect(flag.code).not.toBe(0);
    expect(flag.stderr).toMatch(/Unknown option '--bogus'/);
    const type = ask(['--type', 'whence', 'Who?']);
    expect(type.code).not.toBe(0);
    expect(type.stderr).toMatch(/unknown --type/);
    const seeds = ask(['--seeds', '/nonexistent/folder', 'Who?']);
    expect(seeds.code).not.toBe(0);
    expect(seeds.stderr).toMatch(/cannot read the seeds folder/);
  });

  it('every command exits 2 on a command line it cannot run, naming the problem above its usage', () => {
    const run = (script: string, args: string[]) => spawnSync(tsx, [path.join(root, script), ...args], { encoding: 'utf8', cwd: root });
    const cases: Array<[string, string[], RegExp]> = [
      ['src/cli/ask.ts', ['--bogus', 'Who?'], /^ask: Unknown option '--bogus'/],
      ['src/cli/eval.ts', ['--split', 'dev'], /^eval: --split is train or test/],
      ['src/cli/eval.ts', ['a.jsonl', 'b.jsonl'], /^eval: give at most one question file/],
      ['src/cli/ingest.ts', ['one', 'two'], /^ingest: one folder at a time/],
      ['src/cli/index.ts', ['one', 'two'], /^index: one folder at a time/],
    ];
    for (const [script, args, problem] of cases) {
      const r = run(script, args);
      expect(r.status, `${script} ${args.join(' ')}`).toBe(2);
      expect(r.stderr).toMatch(problem);
      expect(r.stderr).toMatch(/\nusage: npm run /);
      expect(r.stdout).toBe('');
    }
  });

  it('answers from another folder given with --seeds', async () => {
    const dir = await seedsFolder({
      'bridge.txt': 'City Herald\n\nNew bridge opens\n\nThe mayor, Ann Lee, opened the new bridge on Monday after six years of work.',
    });
    const reply = JSON.parse(ask(['--json', '--seeds', dir, 'Who opened the new bridge?']).stdout) as JsonReply;
    expect(reply.answer).toMatch(/Ann Lee/);
    expect(reply.passages[0]).toMatchObject({ source: 'bridge.txt', title: 'New bridge opens', publisher: 'City Herald', paragraph: 1 });
  });

  it('--type applies to JSON lines without a type (#9), and JSON that is not an object is an error line (#17)', () => {
    const r = ask(['--json', '--type', 'where'], '{"question":"greeted Kim at the border"}\ngreeted Kim at the border\n[1,2,3]\n42\nnull\n');
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ReplyLine);
    expect(out.slice(0, 2).map((o) => o.type)).toEqual(['where', 'where']);
    expect(out.slice(2)).toEqual([{ error: 'expected a JSON object' }, { error: 'expected a JSON object' }, { error: 'expected a JSON object' }]);
  });

  it('ends quietly with 0 when the reader of stdout goes away (#7)', async () => {
    const many = 'Who met Putin?\nWhere did Kim cross into Russia?\n'.repeat(300);
    const asked = await firstLineThenClose('src/cli/ask.ts', many);
    expect(JSON.parse(asked.first)).toHaveProperty('question');
    expect(asked.stderr).not.toMatch(/EPIPE|Unhandled|Error/);
    expect(asked.code).toBe(0);
    const console = await firstLineThenClose('src/discord/main.ts', '/summit who\n'.repeat(300), { DISCORD_TOKEN: '' });
    expect(console.first).toMatch(/WHO/);
    expect(console.stderr).not.toMatch(/EPIPE|Unhandled|Error/);
    expect(console.code).toBe(0);
  });
});
