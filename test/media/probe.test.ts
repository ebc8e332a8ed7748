import fs from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { probeMedia } from "../../src/media/probe.js";
import { fixture, media } from "../support/fixtures.js";

const probe = (p: string) => probeMedia(p, fs.statSync(p).size);

describe("probing media by content", () => {
  it("reads a portrait iPhone clip as shown, with its rotation", async () => {
    const info = await probe(media("phone_iphone4s_portrait_rotate90.mov"));
    expect(info.kind).toBe("video");
    expect(info.video).toMatchObject({ codedWidth: 568, codedHeight: 320, width: 320, height: 568, rotation: 90 });
    expect(info.audio).toMatchObject({ codec: "aac", channels: 1 });
  });

  it("flags the Android clip as variable frame rate and upside down", async () => {
    const info = await probe(media("phone_android_vfr_rotate180_fireplace_dog.mp4"));
    expect(info.video).toMatchObject({ rotation: 180, vfr: true, width: 1280, height: 720 });
    expect(info.video!.fps!).toBeCloseTo(10.5, 0);
  });

  it("measures the duration of a browser recording whose header has none", async () => {
    const info = await probe(media("webm_vp9_opus_chrome_mediarecorder_no_duration.webm"));
    expect(info.durationMs).toBeGreaterThan(4800);
    expect(info.durationMs).toBeLessThan(5000);
  });

  it("picks the GoPro's video and audio and counts its data tracks as other streams", async () => {
    const info = await probe(media("actioncam_gopro_max_walkway_gpmf_tracks.mp4"));
    expect(info.otherStreams).toBe(3);
    expect(info.video!.width).toBe(848);
  });

  it("tells audio, stills and silent video apart", async () => {
    expect((await probe(media("speech_jfk_ask_not_16k_mono.wav"))).kind).toBe("audio");
    expect((await probe(fixture("still.png"))).kind).toBe("image");
    const noAudio = await probe(media("noaudio_bottles_tabletop_360p.mp4"));
    expect(noAudio.audio).toBeNull();
    expect(noAudio.durationMs).toBe(39855);
  });

  it.each(["random_bytes.mp4", "empty.mp4"])("refuses %s as unsupported_media", async (name) => {
    await expect(probe(fixture(name))).rejects.toMatchObject({ code: "unsupported_media" });
  });

  it("refuses an uploaded concat list named like a clip without following it, and names no server path", async () => {
    const dir = fs.mkdtempSync(`${os.tmpdir()}/probe-`);
    const list = `${dir}/clip.mp4`;
    fs.writeFileSync(list, `ffconcat version 1.0\nfile ${media("speech_jfk_ask_not_16k_mono.wav")}\n`);
    const err = (await probe(list).catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ code: "unsupported_media" });
    expect(err.message).not.toContain(dir);
    expect(err.message).not.toMatch(/\/work|\/tmp/);
  });
});
