/**
 * Objects looked up in a repository through one `git cat-file --batch-command` kept running while lookups come, so
 * that a page that asks for a file's committed text starts no git of its own. git reads the refs and the object
 * store again for every name it is asked (a commit, a branch switched or a repack by another program is seen at the
 * next lookup); the process ends after a moment without lookups, and a new one is started when it has failed.
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';

/** An object found: its name (hash), its type, and, when its contents were asked for, its bytes. */
export interface GitObject {
  name: string;
  type: string;
  data: Buffer;
}

/** How long a git with nothing to look up is kept, in milliseconds. */
const IDLE_MS = 2_000;

interface Lookup {
  names: readonly string[];
  contents: boolean;
  done: (found: (GitObject | undefined)[]) => void;
}

/**
 * What `reply` answers to `names`, in order, and how many of its bytes that took; undefined while it is incomplete.
 * A name git cannot resolve is echoed back as given (line breaks and all) with `missing` or `ambiguous`; the names
 * asked for start with a ref or `HEAD:`, never with an object's hash as a found object's line does.
 */
export function readReply(reply: Buffer, names: readonly string[], contents: boolean): { found: (GitObject | undefined)[]; used: number } | undefined {
  const found: (GitObject | undefined)[] = [];
  let at = 0;
  for (const name of names) {
    const rest = reply.subarray(at);
    const echoes = ['missing', 'ambiguous'].map((word) => Buffer.from(`${name} ${word}\n`));
    const unresolved = echoes.find((line) => rest.subarray(0, line.length).equals(line));
    if (unresolved) {
      found.push(undefined);
      at += unresolved.length;
      continue;
    }
    if (echoes.some((line) => rest.length < line.length && line.subarray(0, rest.length).equals(rest))) return undefined;
    const end = rest.indexOf(0x0a);
    if (end === -1) return undefined;
    const [objectName = '', type = '', size = '0'] = rest.subarray(0, end).toString('utf8').split(' ');
    const length = contents ? Number(size) : 0;
    // The contents are followed by a line break.
    if (contents && rest.length < end + 1 + length + 1) return undefined;
    found.push({ name: objectName, type, data: Buffer.from(rest.subarray(end + 1, end + 1 + length)) });
    at += end + 1 + (contents ? length + 1 : 0);
  }
  return { found, used: at };
}

/** One running git: the lookups sent to it, oldest first (it answers them in order), and its reply so far. */
interface Running {
  git: ChildProcessByStdio<Writable, Readable, null>;
  waiting: Lookup[];
  reply: Buffer;
}

/** Keeps a program alive while a lookup waits for git, and lets it end while git waits for lookups. */
function hold(running: Running, busy: boolean): void {
  for (const handle of [running.git, running.git.stdin as Socket, running.git.stdout as Socket]) {
    if (busy) handle.ref();
    else handle.unref();
  }
}

export class ObjectReader {
  readonly #cwd: string;
  #running: Running | undefined;
  #idle: NodeJS.Timeout | undefined;
  /** How many gits this reader has started (the tests count them). */
  started = 0;

  constructor(cwd: string) {
    this.#cwd = cwd;
  }

  /**
   * Each of `names` (`<rev>:<path>`, `<rev>^{commit}`) looked up, in order, with its contents when `contents` is
   * set; undefined for a name git has no object for. A git that fails answers nothing: every name is then one git
   * has no object for.
   */
  read(names: readonly string[], contents: boolean): Promise<(GitObject | undefined)[]> {
    if (names.length === 0) return Promise.resolve([]);
    return new Promise((done) => {
      clearTimeout(this.#idle);
      const running = this.#start();
      running.waiting.push({ names, contents, done });
      hold(running, true);
      // NUL-terminated: a path with a line break is still one name.
      running.git.stdin.write(names.map((name) => `${contents ? 'contents' : 'info'} ${name}\0`).join(''));
    });
  }

  /** Ends the running git, if any (a lookup still waiting for it finds nothing); a later lookup starts another. */
  close(): void {
    clearTimeout(this.#idle);
    this.#running?.git.stdin.end();
    this.#running = undefined;
  }

  #start(): Running {
    if (this.#running) return this.#running;
    const git = spawn('git', ['cat-file', '-z', '--batch-command=%(objectname) %(objecttype) %(objectsize)'], {
      cwd: this.#cwd,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    this.started++;
    const running: Running = { git, waiting: [], reply: Buffer.alloc(0) };
    this.#running = running;
    git.stdin.on('error', () => undefined);
    git.stdout.on('data', (chunk: Buffer) => {
      running.reply = Buffer.concat([running.reply, chunk]);
      this.#answer(running);
    });
    const ended = () => {
      if (this.#running === running) this.#running = undefined;
      for (const lookup of running.waiting.splice(0)) lookup.done(lookup.names.map(() => undefined));
    };
    git.on('error', ended);
    git.on('close', ended);
    return running;
  }

  /** Answers the lookups the reply so far completes; once none is left, the git is ended after a moment. */
  #answer(running: Running): void {
    for (let lookup = running.waiting[0]; lookup; lookup = running.waiting[0]) {
      const reply = readReply(running.reply, lookup.names, lookup.contents);
      if (!reply) return;
      running.waiting.shift();
      running.reply = running.reply.subarray(reply.used);
      lookup.done(reply.found);
    }
    hold(running, false);
    if (this.#running === running) this.#idle = setTimeout(() => this.close(), IDLE_MS).unref();
  }
}
