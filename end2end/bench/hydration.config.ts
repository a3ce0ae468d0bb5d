import { defineConfig } from '@playwright/test';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEMO_PASSWORD } from '../demo';

// `scripts/bench-hydration`: the release build made by `cargo leptos build --release`, on a fresh
// SQLite file with the demo institution; no SMTP server (invitations wait in the outbox).
const repo = path.resolve(__dirname, '..', '..');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaardig-bench-'));
const port = Number(process.env.VAARDIG_BENCH_PORT ?? 3296);

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-BE',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    },
  },
  webServer: {
    command: `"${path.join(targetDir, 'release', 'vaardig')}" serve --demo --addr 127.0.0.1:${port}`,
    cwd: repo,
    url: `http://127.0.0.1:${port}/aanmelden`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      VAARDIG_DATA_DIR: dataDir,
      VAARDIG_DEMO_PASSWORD: DEMO_PASSWORD,
      VAARDIG_PUBLIC_URL: `http://127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: path.join(repo, 'target', 'site'),
      RUST_LOG: 'warn',
    },
  },
});
