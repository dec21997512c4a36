/**
 * The `.astro` part of `pnpm typecheck`: @astrojs/check (what `astro check` runs) with the flags given, exit code 1
 * on any finding at or above `--minimumFailingSeverity`. Called directly rather than through `astro check`, which
 * takes a @astrojs/check that fails to load for a missing one and then exits 0 in CI (or asks to install it).
 */
import { check, parseArgsAsCheckConfig } from '@astrojs/check';

const failed = await check({ ...parseArgsAsCheckConfig(process.argv), watch: false });
process.exitCode = failed ? 1 : 0;
