import { defineConfig } from '@playwright/test';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEMO_PASSWORD } from './demo';

// The server under test: the debug build made by `cargo leptos build --split`, on a fresh SQLite file
// filled with the demo institution, every demo account sharing DEMO_PASSWORD.
const repo = path.resolve(__dirname, '..');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaardig-e2e-'));
const port = Number(process.env.VAARDIG_E2E_PORT ?? 3210);
// The test SMTP server (scripts/smtp_sink.py) writes what the server mails here; the tests read
// it through mail.ts. Workers evaluate this file again: they keep the folder the runner made.
const smtpPort = Number(process.env.VAARDIG_E2E_SMTP_PORT ?? port + 1);
process.env.VAARDIG_E2E_MAIL_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'vaardig-e2e-mail-'));

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-BE',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `python3 scripts/smtp_sink.py "${process.env.VAARDIG_E2E_MAIL_DIR}" ${smtpPort}`,
      cwd: repo,
      port: smtpPort,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `"${path.join(targetDir, 'debug', 'vaardig')}" serve --demo --addr 127.0.0.1:${port}`,
      cwd: repo,
      url: `http://127.0.0.1:${port}/aanmelden`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      env: {
        VAARDIG_DATA_DIR: dataDir,
        VAARDIG_DEMO_PASSWORD: DEMO_PASSWORD,
        VAARDIG_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        VAARDIG_PUBLIC_URL: `http://127.0.0.1:${port}`,
        LEPTOS_SITE_ROOT: path.join(repo, 'target', 'site'),
        RUST_LOG: 'warn',
      },
    },
  ],
});
