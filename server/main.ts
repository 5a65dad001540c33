// Entry point of `npm start` (and of `npm run dev` with --dev: pages from source through Vite, reloaded on change):
// reads the environment, starts the server, prints where the teacher goes.
// Must not wire anything itself (server/app.ts is the one place that does).
import { networkInterfaces } from 'node:os';
import { startServer } from './app.ts';
import { DEFAULT_RETENTION_DAYS } from './retention.ts';

/** The first LAN IPv4 address, so students on the school network get a join link that works for them. */
function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const net of list ?? []) if (net.family === 'IPv4' && !net.internal) return net.address;
  }
  return null;
}

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}".`);
  return value;
}

/** TRUST_PROXY as Express reads it: true/false, a hop count, or addresses/subnets ("loopback, 10.0.0.0/8"). */
function trustProxyFromEnv(): boolean | number | string | undefined {
  const raw = process.env.TRUST_PROXY?.trim();
  if (!raw) return undefined;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

async function main(): Promise<void> {
  const port = numberFromEnv('PORT', 2567);
  const lan = lanAddress();
  const dev = process.argv.includes('--dev') ? await (await import('./dev-client.ts')).devClient() : null;
  const server = await startServer({
    port,
    host: process.env.HOST || undefined,
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR || undefined,
    redisUrl: process.env.REDIS_URL || undefined,
    publicAddress: process.env.PUBLIC_ADDRESS || undefined,
    publicUrl: process.env.PUBLIC_URL || (lan ? `http://${lan}:${port}` : undefined),
    // Privacy by default: idle sessions expire after 30 days unless RETENTION_DAYS says otherwise (0 keeps them).
    retentionDays: numberFromEnv('RETENTION_DAYS', DEFAULT_RETENTION_DAYS),
    serveClient: dev ? (app) => dev.mount(app) : true,
    trustProxy: trustProxyFromEnv(),
    allowedOrigins: (process.env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  });
  console.log(`Peninsula is running. Teacher: http://localhost:${server.port}/host`);
  if (process.env.PUBLIC_URL || lan)
    console.log(`Students join at: ${process.env.PUBLIC_URL || `http://${lan}:${server.port}`}`);
  // stdout is how supervisors and tests learn the port (PORT=0 picks a free one).
  console.log(`listening on port ${server.port}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing rooms and the store…`);
    Promise.all([server.close(), dev?.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Peninsula could not start:', error);
  process.exit(1);
});
