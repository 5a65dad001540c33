// What this browser remembers per session: a student's seat token and a teacher's host key.
// Must not import the SDK or Phaser (the join page reads it before loading the game).

/** A student's claim on a seat: rejoin with this token after a reload or in a new tab. */
export interface SeatClaim {
  code: string;
  seatId: string;
  seatToken: string;
}

/** A teacher's key for a session they created in this browser. */
export interface HostClaim {
  code: string;
  hostKey: string;
  createdAt: number;
}

const seatKey = (code: string) => `peninsula.seat.${code}`;
const HOSTS_KEY = 'peninsula.hosts';

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing with storage off: the seat still works until the tab closes.
  }
}

/** The stored seat for a code, if this browser has joined it before. */
export function loadSeat(code: string): SeatClaim | null {
  const claim = read<SeatClaim>(seatKey(code));
  return claim && typeof claim.seatToken === 'string' ? claim : null;
}

export function saveSeat(claim: SeatClaim): void {
  write(seatKey(claim.code), claim);
}

export function forgetSeat(code: string): void {
  write(seatKey(code), null);
}

/** Sessions this browser can host, newest first. */
export function loadHosts(): HostClaim[] {
  const list = read<HostClaim[]>(HOSTS_KEY);
  return Array.isArray(list)
    ? list.filter((h) => typeof h.hostKey === 'string').sort((a, b) => b.createdAt - a.createdAt)
    : [];
}

export function saveHost(claim: HostClaim): void {
  write(HOSTS_KEY, [claim, ...loadHosts().filter((h) => h.code !== claim.code)].slice(0, 50));
}

export function forgetHost(code: string): void {
  write(
    HOSTS_KEY,
    loadHosts().filter((h) => h.code !== code),
  );
}

/** The host key for a code, if this browser created that session. */
export function hostKeyFor(code: string): string | null {
  return loadHosts().find((h) => h.code === code)?.hostKey ?? null;
}
