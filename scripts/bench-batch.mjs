// npm run bench:batch [-- --documents N]: documents per second of `framelens analyze --input ndjson`
// with 1 and 2 worker threads on a stream of N articles (default 10,000, the bundled sample repeated
// with a varying id), and the peak memory (VmHWM) of the process, read from /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const documents = Number(args.includes('--documents') ? args[args.indexOf('--documents') + 1] : 10_000);
const text = readFileSync('corpus/samples/harbor-bridge.txt', 'utf8');

function peakMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

async function run(jobs) {
  const child = spawn(process.execPath, ['dist/cli.js', 'analyze', '--input', 'ndjson', '--jobs', String(jobs), '--no-progress'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let lines = 0;
  let peak = 0;
  child.stdout.on('data', (chunk) => {
    for (const byte of chunk) if (byte === 10) lines++;
  });
  const poll = setInterval(() => { peak = Math.max(peak, peakMemory(child.pid)); }, 200);
  const started = performance.now();
  for (let i = 0; i < documents; i++) {
    const ok = child.stdin.write(`${JSON.stringify({ id: `doc-${i}`, text })}\n`);
    if (!ok) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (lines !== documents) throw new Error(`expected ${documents} output lines, got ${lines}`);
  return { jobs, seconds, rate: documents / seconds, peak };
}

console.log(`Stream of ${documents.toLocaleString('en-US')} articles (${text.length} characters each), NDJSON in and out, Node ${process.version}\n`);
console.log('| jobs | seconds | documents/s | peak memory (VmHWM) |');
console.log('|---:|---:|---:|---:|');
for (const jobs of [1, 2]) {
  const r = await run(jobs);
  console.log(`| ${r.jobs} | ${r.seconds.toFixed(1)} | ${r.rate.toFixed(0)} | ${r.peak ? `${(r.peak / 2 ** 20).toFixed(0)} MiB` : 'n/a'} |`);
}
