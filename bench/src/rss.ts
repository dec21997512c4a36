// Preloaded into a measured child process (node --import): writes its peak memory to BENCH_RSS_FILE on exit.
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_RSS_FILE'];
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
