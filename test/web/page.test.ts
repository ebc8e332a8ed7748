/// <reference lib="dom" />
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { media } from "../support/fixtures.js";
import { ffprobe } from "../support/media.js";
import { startService, type TestService } from "../support/service.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

describe("the web page, in a real browser", () => {
  let svc: TestService;
  let browser: Browser;
  beforeAll(async () => {
    svc = await startService();
    // The flags keep Chromium off the network it cannot reach here (DEVELOPERS.md).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await svc?.close();
  });

  it("uploads a clip with an instruction, follows the progress live and offers the edited video", async () => {
    const page = await browser.newPage();
    await page.goto(`${svc.url}/`);
    await page.setInputFiles('input[name="file"]', media("speech_film_dialogue_his_girl_friday_bw.mp4"));
    await page.fill('textarea[name="instruction"]', 'add "His Girl Friday" at the top and make it 3 seconds');
    await page.selectOption('select[name="preset"]', "square");
    await page.click("#go");
    await page.waitForFunction(() => document.getElementById("step")?.textContent?.startsWith("Done"), null, {
      timeout: 90_000,
    });
    expect(await page.textContent("#step")).toBe("Done: 1080×1080, 3.0 s");
    expect(await page.textContent("#summary")).toMatch(
      new RegExp(
        String.raw`^Timeline \(\d tracks\): 1\. Video: speech_film_dialogue_his_girl_friday_bw\.mp4 ` +
          String.raw`\(0-3s.*Title: "His Girl Friday"`,
      ),
    );
    await page.waitForSelector("#download:not([hidden])");
    expect(await page.getAttribute("#download", "download")).toMatch(/^promptcut-job_\w+\.mp4$/);

    // The page fetched the very file the job made.
    const jobId = /promptcut-(job_\w+)\.mp4/.exec((await page.getAttribute("#download", "download"))!)![1]!;
    const size = await page.evaluate(
      async (href) => (await (await fetch(href)).blob()).size,
      (await page.getAttribute("#download", "href"))!,
    );
    const file = `${svc.storageDir}/jobs/${jobId}/output.mp4`;
    expect(size).toBe(fs.statSync(file).size);
    expect(ffprobe(file).streams.find((s) => s.codec_type === "video")?.width).toBe(1080);
  }, 120_000);

  it("shows the service's own error for a file that is not media", async () => {
    const page = await browser.newPage();
    await page.goto(`${svc.url}/`);
    await page.setInputFiles('input[name="file"]', {
      name: "holiday.mp4",
      mimeType: "video/mp4",
      buffer: Buffer.from("not a video at all"),
    });
    await page.click("#go");
    await page.waitForSelector("#error:not([hidden])");
    expect(await page.textContent("#error")).toMatch(/not a media file we can read.*\(unsupported_media\)/);
  });
});
