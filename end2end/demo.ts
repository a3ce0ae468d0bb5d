/** The password every demo account gets in the browser tests (passed as VAARDIG_DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'demo-wachtwoord-e2e';
