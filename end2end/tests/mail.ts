import * as fs from 'fs';
import * as path from 'path';

/** A message the test SMTP server received (see scripts/smtp_sink.py), its text part decoded. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

const folder = (): string => process.env.VAARDIG_E2E_MAIL_DIR!;

/** Undoes quoted-printable: soft line breaks, then `=XX` bytes, read as UTF-8. */
function unquote(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function parse(raw: string): Mail {
  const header = (name: string) => raw.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1].trim() ?? '';
  const plain = raw.split(/Content-Type: text\/plain/i)[1]?.split(/\r?\n--/)[0] ?? '';
  const [head, ...body] = plain.split(/\r?\n\r?\n/);
  const encoded = body.join('\n\n');
  return { to: header('To'), subject: header('Subject'), text: /quoted-printable/i.test(head) ? unquote(encoded) : encoded };
}

/** Every message received so far, in order of arrival. */
export function received(): Mail[] {
  return fs
    .readdirSync(folder())
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => parse(fs.readFileSync(path.join(folder(), name), 'latin1')));
}

/** Waits (the server's outbox worker polls every second) for a message to `address`. */
export async function mailTo(address: string): Promise<Mail> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = received().reverse().find((mail) => mail.to.includes(`<${address}>`));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`no mail to ${address}; received: ${JSON.stringify(received().map((mail) => mail.to))}`);
}

/** The path of the password link in a mail. */
export function passwordLink(mail: Mail): string {
  const link = mail.text.match(/https?:\/\/[^\s]+(\/wachtwoord-kiezen\/[A-Za-z0-9_-]+)/);
  if (!link) throw new Error(`no password link in ${mail.text}`);
  return link[1];
}
