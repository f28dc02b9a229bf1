import { analyze, COACH_KINDS, type CoachKind, isCoachKind } from '@mend/domain/coach/index';

const USAGE = `usage: mend coach <${COACH_KINDS.join('|')}> [--jsonl]
  Reads a text on stdin and prints its analysis as one line of JSON.
  --jsonl  every stdin line is {"text": "..."}; every stdout line is that line's analysis, in order.
           Blank lines are skipped; a bad line prints {"error": {...}} in its place and the exit code is 1.`;

// Far above any real message; keeps one runaway input from holding the process.
const MAX_TEXT_BYTES = 1_000_000;

type Outcome = { ok: true; text: string } | { ok: false; code: string; message: string };

/** Runs `mend coach …` over the given streams and resolves to the exit code (0 ok, 1 bad input, 2 usage). */
export async function runCoach(
  args: string[],
  input: NodeJS.ReadableStream,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const words = args[0] === 'coach' ? args.slice(1) : args;
  if (words.includes('--help') || words.includes('-h')) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const jsonl = words.includes('--jsonl');
  // A reader that stops early (`mend coach reply --jsonl < texts | head`) closes the pipe: that ends the run
  // quietly, as it does for any Unix tool, instead of a stack trace. Another write error is reported.
  let writeError: NodeJS.ErrnoException | undefined;
  out.on('error', (e: NodeJS.ErrnoException) => {
    writeError ??= e;
  });
  const rest = words.filter((w) => w !== '--jsonl');
  const kind = rest[0];
  if (rest.length !== 1 || kind === undefined || !isCoachKind(kind)) {
    const what =
      kind === undefined ? 'no analyzer given' : `unknown analyzer or extra argument: ${rest.join(' ')}`;
    err.write(`mend coach: ${what}\n${USAGE}\n`);
    return 2;
  }
  const canWrite = () => writeError === undefined;
  const code = await (jsonl ? runLines : runWhole)(kind, input, out, err, canWrite);
  if (!writeError) return code;
  if (writeError.code === 'EPIPE') return 0;
  err.write(`mend coach: could not write the answer: ${writeError.message}\n`);
  return 1;
}

async function runWhole(
  kind: CoachKind,
  input: NodeJS.ReadableStream,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  canWrite: () => boolean,
) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buf = toBuffer(chunk);
    size += buf.length;
    if (size > MAX_TEXT_BYTES) {
      err.write(`mend coach: the text is larger than ${MAX_TEXT_BYTES} bytes\n`);
      return 1;
    }
    chunks.push(buf);
  }
  const outcome = decodeText(Buffer.concat(chunks));
  if (!outcome.ok) {
    err.write(`mend coach: ${outcome.message}\n`);
    return 1;
  }
  await write(out, `${JSON.stringify(analyze(kind, outcome.text))}\n`, canWrite);
  return 0;
}

async function runLines(
  kind: CoachKind,
  input: NodeJS.ReadableStream,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  canWrite: () => boolean,
) {
  let failed = false;
  let lineNo = 0;
  const handle = async (bytes: Buffer) => {
    lineNo++;
    const line = bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes;
    if (line.toString('latin1').trim() === '') return;
    const outcome = parseLine(line);
    if (outcome.ok) {
      await write(out, `${JSON.stringify(analyze(kind, outcome.text))}\n`, canWrite);
      return;
    }
    failed = true;
    err.write(`mend coach: line ${lineNo}: ${outcome.message}\n`);
    await write(
      out,
      `${JSON.stringify({ error: { code: outcome.code, message: outcome.message, line: lineNo } })}\n`,
      canWrite,
    );
  };
  let pending = Buffer.alloc(0);
  for await (const chunk of input) {
    if (!canWrite()) break;
    pending = Buffer.concat([pending, toBuffer(chunk)]);
    let nl = pending.indexOf(0x0a);
    while (nl !== -1 && canWrite()) {
      await handle(pending.subarray(0, nl));
      pending = pending.subarray(nl + 1);
      nl = pending.indexOf(0x0a);
    }
  }
  if (pending.length > 0 && canWrite()) await handle(pending);
  return failed ? 1 : 0;
}

function parseLine(bytes: Buffer): Outcome {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch {
    return { ok: false, code: 'bad_json', message: 'not valid JSON; expected {"text": "..."}' };
  }
  const text = typeof value === 'object' && value !== null ? (value as { text?: unknown }).text : undefined;
  if (typeof text !== 'string')
    return { ok: false, code: 'bad_line', message: 'expected {"text": "..."} with a string text' };
  if (text.includes('\u0000'))
    return { ok: false, code: 'not_text', message: 'the text contains NUL characters' };
  if (text.trim() === '') return { ok: false, code: 'empty', message: 'the text is empty' };
  return { ok: true, text };
}

function decodeText(bytes: Buffer): Outcome {
  if (bytes.length > MAX_TEXT_BYTES)
    return { ok: false, code: 'too_large', message: `larger than ${MAX_TEXT_BYTES} bytes` };
  if (bytes.includes(0))
    return { ok: false, code: 'not_text', message: 'the input looks binary (it contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, code: 'not_text', message: 'the input is not valid UTF-8 text' };
  }
  if (text.trim() === '')
    return { ok: false, code: 'empty', message: 'the input is empty; write the text on stdin' };
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

function toBuffer(chunk: string | Buffer | Uint8Array): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
}

/** Writes a line and waits for room; resolves at once when the output can no longer be written. */
function write(out: NodeJS.WritableStream, line: string, canWrite: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (!canWrite() || out.write(line)) return resolve();
    const done = () => {
      out.off('drain', done);
      out.off('error', done);
      resolve();
    };
    out.once('drain', done);
    out.once('error', done);
  });
}
