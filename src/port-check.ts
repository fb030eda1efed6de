/**
 * `npm start` checks its port before it migrates or seeds: a second server started by mistake (or
 * any program on the port) is found in a moment, with one line that says what to do, instead of
 * after minutes of migrating and seeding and a stack trace.
 */
import net from 'node:net';

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is in use (another haizhi server?): set PORT=<another port> or stop it`);
  }
}

/** Whether an error is a listen's "address in use". */
export const isAddressInUse = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';

/**
 * Resolves when `port` can be listened on, by listening and closing at once; PortInUseError if not.
 * Port 0 (any free port) is always free.
 */
export async function checkPortFree(port: number, host?: string): Promise<void> {
  if (port === 0) return;
  const probe = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen({ port, host, exclusive: true }, resolve);
    });
  } catch (error) {
    if (isAddressInUse(error)) throw new PortInUseError(port);
    throw error;
  }
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}
