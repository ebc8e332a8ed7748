import { Redis } from "ioredis";

/**
 * ioredis connections the way BullMQ needs them: `maxRetriesPerRequest: null` so blocking commands
 * wait out a Redis restart instead of failing the worker.
 */
export function createRedis(url: string, name: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, connectionName: name, lazyConnect: false });
}

/** For request-path calls (API): fail fast instead of queueing while Redis is down. */
export function createRequestRedis(url: string, name: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 2, connectionName: name, enableOfflineQueue: true });
}
