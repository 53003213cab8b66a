/**
 * Runs a command and measures it with every process it starts: wall time, CPU
 * time (bash's `times`, plus the descendants nobody in the tree reaped) and
 * peak memory (the resident memory of the whole process tree, read from /proc
 * every 200 ms). Without bash or /proc, a figure it cannot take is left out
 * rather than guessed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Measurement {
  exitCode: number | null;
  wallSeconds: number;
  /** User and system time of the command and its descendants. */
  cpu?: { userSeconds: number; systemSeconds: number };
  /** The highest sum of the resident memory of the process tree at one sample. */
  peakTreeBytes?: number;
  /** The highest peak of any one process of the tree (its own high-water mark, so never missed between samples). */
  peakProcessBytes?: number;
}

export interface MeasureOptions {
  cwd?: string;
  env: NodeJS.ProcessEnv;
  /** Each line the command prints, on stdout or stderr. */
  onLine: (line: string) => void;
  /** Called every 30 s with the time so far and the tree's memory now, so a long run is never silent. */
  onHeartbeat: (seconds: number, treeBytes?: number) => void;
}

const SAMPLE_MILLISECONDS = 200;
const HEARTBEAT_SECONDS = 30;
const hasProc = existsSync('/proc/self/stat');
const hasBash = spawnSync('bash', ['-c', 'times'], { stdio: 'ignore' }).status === 0;
/** Clock ticks per second of the times in /proc/<pid>/stat: 100 on nearly every Linux. */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

interface Process {
  parent: number;
  /** Clock ticks of the process and of the children it reaped. */
  user: number;
  system: number;
}

/** Every process in /proc; a zombie keeps its times until it is reaped. */
function processes(): Map<number, Process> {
  const all = new Map<number, Process>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // It ended while we looked.
    }
    // The command name may hold spaces and parentheses: the fields after it start after the last ")".
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    all.set(Number(name), { parent: fields[1]!, user: fields[11]! + fields[13]!, system: fields[12]! + fields[14]! });
  }
  return all;
}

/** The pid and its descendants. */
function processTree(root: number, all: Map<number, Process>): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of all) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []));
  return new Set(tree);
}

/** Resident memory now and its high-water mark, in bytes. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kilobytes('VmRSS'), hwm: kilobytes('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * bash's `times` prints the shell's user and system time, then its children's
 * ("0m12.340s 0m1.020s"), which hold only processes their parents reaped. A
 * process left unreaped when its parent exits (Node leaves Pagefind's and
 * esbuild's so) goes to init: its times as last read in /proc are added.
 */
function cpuOf(times: string, unreaped: Process[]): Measurement['cpu'] {
  const seconds = [...times.matchAll(/(\d+)m(\d+)[.,](\d+)s/g)].map(
    ([, minutes, whole, fraction]) => Number(minutes) * 60 + Number(`${whole}.${fraction}`),
  );
  if (seconds.length !== 4) return undefined;
  const ticks = (field: 'user' | 'system') => unreaped.reduce((sum, process) => sum + process[field], 0) / CLOCK_TICKS;
  return { userSeconds: seconds[2]! + ticks('user'), systemSeconds: seconds[3]! + ticks('system') };
}

export function measure(command: string, args: string[], options: MeasureOptions): Promise<Measurement> {
  const started = performance.now();
  // fd 3 carries the times to us; the command itself does not inherit it.
  const child = hasBash
    ? spawn('bash', ['-c', '"$@" 3>&-; status=$?; times >&3; exit $status', 'bench', command, ...args], {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      })
    : spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream }).on('line', options.onLine);
  let times = '';
  child.stdio[3]?.on('data', (chunk: Buffer) => (times += chunk.toString()));

  let peakTreeBytes = 0;
  let peakProcessBytes = 0;
  let treeBytes: number | undefined;
  /** Each descendant as last seen, and whether its parent in the tree reaped it (then `times` counts it). */
  const seen = new Map<number, Process & { reaped: boolean }>();
  const sample = () => {
    const root = child.pid;
    if (!hasProc || root === undefined) return;
    const all = processes();
    const tree = processTree(root, all);
    for (const [pid, last] of seen) if (!all.has(pid) && tree.has(last.parent)) last.reaped = true;
    treeBytes = 0;
    for (const pid of tree) {
      const info = all.get(pid)!;
      // bash waits for the command it runs.
      if (pid !== root) seen.set(pid, { ...info, reaped: info.parent === root });
      const { rss, hwm } = memoryOf(pid);
      treeBytes += rss;
      peakProcessBytes = Math.max(peakProcessBytes, hwm);
    }
    peakTreeBytes = Math.max(peakTreeBytes, treeBytes);
  };
  const sampler = setInterval(sample, SAMPLE_MILLISECONDS);
  const heartbeat = setInterval(() => options.onHeartbeat((performance.now() - started) / 1000, treeBytes), HEARTBEAT_SECONDS * 1000);

  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (exitCode) => {
      clearInterval(sampler);
      clearInterval(heartbeat);
      done({
        exitCode,
        wallSeconds: (performance.now() - started) / 1000,
        cpu: cpuOf(
          times,
          [...seen.values()].filter((last) => !last.reaped),
        ),
        ...(peakTreeBytes > 0 && { peakTreeBytes, peakProcessBytes }),
      });
    });
  });
}
