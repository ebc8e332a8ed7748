import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, publicBaseUrl } from "../../src/shared/config.js";

describe("configuration", () => {
  it("has a documented default for every key, so an empty environment starts", () => {
    const cfg = loadConfig({});
    expect(cfg).toMatchObject({
      PORT: 3000,
      HOST: "127.0.0.1",
      REDIS_URL: "redis://127.0.0.1:6379",
      QUEUE_PREFIX: "promptcut",
      MAX_UPLOAD_MB: 200,
      WORKER_CONCURRENCY: 1,
      ALLOW_LOOPBACK_URLS: false,
      DEFAULT_ENGINE: "local",
      NEMO_POLL_INTERVAL_MS: 30_000,
      WEBHOOK_RETRY_DELAYS_MS: [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000],
    });
    expect(cfg.API_KEYS.size).toBe(0);
    expect(publicBaseUrl(cfg)).toBe("http://127.0.0.1:3000");
  });

  it("maps API keys to tenants", () => {
    const cfg = loadConfig({ API_KEYS: "k-aaaaaaaa:acme, k-bbbbbbbb:globex,lonelykey123" });
    expect([...cfg.API_KEYS]).toEqual([
      ["k-aaaaaaaa", "acme"],
      ["k-bbbbbbbb", "globex"],
      ["lonelykey123", "lonelykey123"],
    ]);
  });

  it("treats an empty value as unset", () => {
    expect(loadConfig({ PORT: "", LOG_LEVEL: "" }).PORT).toBe(3000);
  });

  it("names every invalid key in one error", () => {
    expect(() =>
      loadConfig({ PORT: "eighty", REDIS_URL: "not a url", API_KEYS: "short:t", DEFAULT_ENGINE: "gpu" }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "eighty", REDIS_URL: "not a url", DEFAULT_ENGINE: "gpu" });
    } catch (err) {
      expect((err as Error).message).toMatch(/PORT/);
      expect((err as Error).message).toMatch(/REDIS_URL/);
      expect((err as Error).message).toMatch(/DEFAULT_ENGINE/);
    }
  });

  it("reads booleans and retry schedules the way people write them", () => {
    const cfg = loadConfig({ ALLOW_LOOPBACK_URLS: "yes", WEBHOOK_RETRY_DELAYS_MS: "0, 100,200" });
    expect(cfg.ALLOW_LOOPBACK_URLS).toBe(true);
    expect(cfg.WEBHOOK_RETRY_DELAYS_MS).toEqual([0, 100, 200]);
  });
});
