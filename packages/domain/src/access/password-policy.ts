/** Passwords people pick first; a password on this list (ignoring case and surrounding digits) is refused. */
const commonPasswords = new Set([
  'password',
  'passw0rd',
  'wachtwoord',
  'welkom',
  'welkom01',
  'qwerty',
  'qwertyuiop',
  'azerty',
  'letmein',
  'welcome',
  'admin',
  'administrator',
  'iloveyou',
  'monkey',
  'dragon',
  'football',
  'voetbal',
  'baseball',
  'sunshine',
  'princess',
  'abc123',
  'abcdef',
  'abcdefghijkl',
  'trustno1',
  'master',
  'superman',
  'batman',
  'starwars',
  'whatever',
  'shadow',
  'michael',
  'jennifer',
  'computer',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'ajax',
  'feyenoord',
  'psv',
  'amsterdam',
  'rotterdam',
  'utrecht',
  'nederland',
  'holland',
  'leerkring',
  'gemeente',
  'zorg',
  'changeme',
  'geheim',
  'secret',
  'hallo',
  'hello',
  'test',
  'testtest',
  'default',
  'guest',
  'login',
  'root',
  'toor',
  'pass',
  'passwort',
  'motdepasse',
  'zaq1zaq1',
  '1q2w3e4r',
  '1qaz2wsx',
  'qazwsx',
  'asdfgh',
  'asdfghjkl',
  'zxcvbnm',
  'lekker',
  'schatje',
  'liefde',
  'leerkring-demo',
  'correcthorsebatterystaple',
  'passwordpassword',
  'wachtwoordwachtwoord',
]);

export const minimumPasswordLength = 12;

export type PasswordVerdict = { ok: true } | { ok: false; reason: 'too-short' | 'too-common' | 'too-long' };

/** At least 12 characters and not a common password (with or without digits and symbols around it). */
export function judgePassword(password: string): PasswordVerdict {
  if ([...password].length < minimumPasswordLength) return { ok: false, reason: 'too-short' };
  if (password.length > 256) return { ok: false, reason: 'too-long' };
  const core = password.toLowerCase().replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  const repeated = /^(.+?)\1+$/.exec(password.toLowerCase());
  if (
    commonPasswords.has(password.toLowerCase()) ||
    commonPasswords.has(core) ||
    /^\d+$/.test(password) ||
    (repeated && repeated[1]!.length <= 3)
  ) {
    return { ok: false, reason: 'too-common' };
  }
  return { ok: true };
}

export const passwordReasons: Record<Exclude<PasswordVerdict, { ok: true }>['reason'], string> = {
  'too-short': `Kies een wachtwoord van minstens ${minimumPasswordLength} tekens.`,
  'too-common': 'Dit wachtwoord is te gangbaar; kies een langere zin of een wachtwoordmanager.',
  'too-long': 'Kies een wachtwoord van hoogstens 256 tekens.',
};
