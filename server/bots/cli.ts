// `npm run bots -- --url http://localhost:2567 --code CODE --students 25 [--host-key KEY --rounds 3 --fast]`
// Fills a class with scripted students (and runs it as the host when given the key). Only parses flags.
import { parseArgs } from 'node:util';
import { startClass } from './bots.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:2567' },
    code: { type: 'string' },
    students: { type: 'string', default: '10' },
    'host-key': { type: 'string' },
    rounds: { type: 'string' },
    fast: { type: 'boolean', default: false },
    prefix: { type: 'string', default: 'Bot' },
  },
});

async function main(): Promise<void> {
  if (!values.code) throw new Error('--code is required (the six-character session code).');
  const students = Number(values.students);
  if (!Number.isInteger(students) || students < 0 || students > 60) throw new Error('--students must be 0..60.');
  const rounds = values.rounds === undefined ? undefined : Number(values.rounds);
  const run = await startClass({
    url: values.url,
    code: values.code.trim().toUpperCase(),
    students,
    hostKey: values['host-key'],
    rounds,
    fast: values.fast,
    namePrefix: values.prefix,
  });
  console.log(`${students} bot students joined ${values.code}${run.host ? ' with a host bot' : ''}.`);
  const stop = async () => {
    await run.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  if (run.host) {
    await run.finished;
    console.log('The session has ended.');
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
