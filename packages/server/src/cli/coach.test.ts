import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCoach } from './coach';

async function run(args: string[], input: string | Buffer) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => {
    out += c.toString('utf8');
  });
  stderr.on('data', (c: Buffer) => {
    err += c.toString('utf8');
  });
  stdin.end(input);
  const code = await runCoach(args, stdin, stdout, stderr);
  return { code, out, err };
}

describe('mend coach', () => {
  it('prints the analysis of stdin as one JSON line', async () => {
    const { code, out, err } = await run(['reply'], 'Can we just move on?');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out).findings[0].kind).toBe('rushing');
  });

  it('reports apology parts', async () => {
    const { out } = await run(['apology'], 'I lied to you. I will answer every question.');
    expect(JSON.parse(out).parts).toMatchObject({ namesAct: true, commitsToChange: true });
  });

  it.each([
    [[], 2, 'no analyzer'],
    [['poem'], 2, 'unknown analyzer'],
    [['reply', 'extra'], 2, 'unknown analyzer'],
  ])('rejects arguments %j with exit %i', async (args, exit, message) => {
    const { code, out, err } = await run(args, 'hello');
    expect(code).toBe(exit);
    expect(out).toBe('');
    expect(err).toContain(message);
  });

  it.each([
    ['empty input', '', 'empty'],
    ['blank input', '  \n\t', 'empty'],
    ['NUL bytes', Buffer.from([0x68, 0x00, 0x69]), 'binary'],
    ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0x41]), 'UTF-8'],
  ])('rejects %s', async (_name, input, message) => {
    const { code, out, err } = await run(['statement'], input);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(message);
  });

  it('answers a 100 KB text', async () => {
    const text = 'You never listen and you always lie. '.repeat(2800);
    const { code, out } = await run(['statement'], text);
    expect(code).toBe(0);
    expect(JSON.parse(out).findings.length).toBeGreaterThan(100);
  });

  it('prints usage with --help', async () => {
    const { code, out } = await run(['--help'], '');
    expect(code).toBe(0);
    expect(out).toContain('usage: mend coach');
  });
});

describe('mend coach --jsonl', () => {
  it('answers each line in order and skips blank lines', async () => {
    const input = `${JSON.stringify({ text: 'You’re overreacting.' })}\n\n${JSON.stringify({ text: 'I hear you.' })}\r\n`;
    const { code, out } = await run(['reply', '--jsonl'], input);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].findings[0].kind).toBe('minimizing');
    expect(lines[1].findings).toEqual([]);
  });

  it('keeps order on a bad line, prints an error in its place and exits 1', async () => {
    const input = ['{"text":"Get over it."}', 'not json', '{"txt":"x"}', '{"text":"Not tonight."}'].join(
      '\n',
    );
    const { code, out, err } = await run(['--jsonl', 'reply'], input);
    expect(code).toBe(1);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].findings[0].kind).toBe('rushing');
    expect(lines[1].error).toMatchObject({ code: 'bad_json', line: 2 });
    expect(lines[2].error).toMatchObject({ code: 'bad_line', line: 3 });
    expect(lines[3].findings[0].kind).toBe('rushing');
    expect(err).toContain('line 2');
  });

  it('handles lines split across chunks and multi-byte characters', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
    });
    const bytes = Buffer.from(`${JSON.stringify({ text: 'I’m sorry if I hurt you.' })}\n`, 'utf8');
    const done = runCoach(['apology', '--jsonl'], stdin, stdout, stderr);
    for (const byte of bytes) stdin.write(Buffer.from([byte]));
    stdin.end();
    expect(await done).toBe(0);
    expect(JSON.parse(out).findings[0].kind).toBe('conditional');
  });

  it('rejects a line with invalid UTF-8', async () => {
    const input = Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const { code, out } = await run(['reply', '--jsonl'], input);
    expect(code).toBe(1);
    expect(JSON.parse(out).error.code).toBe('not_text');
  });

  it('stops quietly when the reader closes the pipe (… | head), and reports any other write error', async () => {
    // An output that takes `keep` lines, then fails every write the way a closed pipe does.
    const closing = (code: string, keep: number) => {
      const lines: string[] = [];
      const out = new Writable({
        write(chunk: Buffer, _encoding, done) {
          if (lines.length < keep) {
            lines.push(chunk.toString('utf8'));
            done();
          } else done(Object.assign(new Error(`write ${code}`), { code }));
        },
      });
      return { out, lines };
    };
    const texts = Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: `You never listen ${i}.` }));
    for (const [code, exit] of [
      ['EPIPE', 0],
      ['EIO', 1],
    ] as const) {
      const stdin = new PassThrough();
      const stderr = new PassThrough();
      let err = '';
      stderr.on('data', (c: Buffer) => {
        err += c.toString('utf8');
      });
      const { out, lines } = closing(code, 2);
      stdin.end(`${texts.join('\n')}\n`);
      expect(await runCoach(['statement', '--jsonl'], stdin, out, stderr)).toBe(exit);
      expect(lines).toHaveLength(2);
      expect(JSON.parse(lines[0] ?? '').findings.length).toBeGreaterThan(0);
      if (code === 'EPIPE') expect(err).toBe('');
      else expect(err).toContain('could not write the answer');
    }
  });
});
