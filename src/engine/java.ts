import { spawn } from 'node:child_process';
import { DdbMigrateError } from '../model/errors.js';

const INSTALL_HINT =
  'DynamoDB Local needs Java 17 or newer on PATH: install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless; ' +
  'macOS: brew install openjdk@17), or point --endpoint-url at an engine you run yourself.';

/** Resolves the Java major version, or throws ENGINE_NO_JAVA with what to install. */
export async function checkJava(command = 'java'): Promise<number> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(command, ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(text));
  }).catch((): string => '');
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) {
    throw new DdbMigrateError({ code: 'ENGINE_NO_JAVA', message: `'${command}' was not found or did not report a version.`, hint: INSTALL_HINT });
  }
  // Java 8 reports "1.8.0_x".
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < 17) {
    throw new DdbMigrateError({ code: 'ENGINE_OLD_JAVA', message: `Java ${major} found; DynamoDB Local 3 needs Java 17 or newer.`, hint: INSTALL_HINT });
  }
  return major;
}
