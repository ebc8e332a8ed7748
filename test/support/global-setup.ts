import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildFixtures } from "./fixtures.js";
import { startTestRedis } from "./redis.js";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject) {
  buildFixtures(process.env.FFMPEG_PATH ?? "ffmpeg");
  const redis = await startTestRedis();
  project.provide("redisUrl", redis.url);
  return async () => {
    await redis.stop();
  };
}
