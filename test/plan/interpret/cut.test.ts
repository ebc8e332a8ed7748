import { describe, expect, it } from "vitest";
import { interpret } from "../../../src/plan/interpret/index.js";

const cut = (text: string, ctx = {}) => interpret(text, ctx).cut;

describe("pause removal", () => {
  it.each(["trim the awkward pauses", "cut out the dead air", "remove silences", "no long pauses please", "去掉停顿", "jump cut it", "kill the gaps", "tighten up the pacing", "去除视频中的空白部分", "去掉开头和结尾的静音"])(
    "asks to remove pauses for %s",
    (text) => {
      expect(cut(text).removePauses).toEqual({ minPauseMs: 500, paddingMs: 150 });
    },
  );

  it("reads the shortest pause to remove from 'longer than', 'over' and '>'", () => {
    expect(cut("remove pauses longer than 1 second").removePauses?.minPauseMs).toBe(1000);
    expect(cut("cut silences over 0.7s").removePauses?.minPauseMs).toBe(700);
    expect(cut("drop gaps > 2 sec").removePauses?.minPauseMs).toBe(2000);
    expect(cut("remove 1.5 second pauses").removePauses?.minPauseMs).toBe(1500);
    expect(cut("去掉超过两秒的停顿").removePauses?.minPauseMs).toBe(2000);
  });

  it("keeps the pauses when told not to remove them", () => {
    expect(cut("don't remove the pauses").removePauses).toBeNull();
    expect(cut("keep the pauses, cut it to 20s").removePauses).toBeNull();
  });
  it("reads what follows the pause word as saying which pauses", () => {
    for (const text of ["kill the dead air between sentences", "take out the gaps where i stop talking", "jump cuts wherever i pause", "remove the pauses in between"]) {
      const plan = interpret(text);
      expect(plan.cut.removePauses, text).not.toBeNull();
      expect(plan.unrecognized, text).toEqual([]);
    }
    expect(interpret("remove every pause that lasts more than 0.8 seconds").cut.removePauses?.minPauseMs).toBe(800);
  });

  it("reads a past participle after the pauses as the request", () => {
    const plan = interpret("a version with the pauses removed");
    expect(plan.cut.removePauses).not.toBeNull();
    expect(plan.unrecognized).toEqual([]);
  });

  it("reads removing 静音 as removing the silent parts, not muting", () => {
    const plan = interpret("去掉静音");
    expect(plan.cut.removePauses).not.toBeNull();
    expect(plan.audio.mute).toBe(false);
    expect(interpret("全部静音").audio.mute).toBe(true);
  });

  it("reads a duration of padding as the pause padding, not as a frame fit", () => {
    const plan = interpret("remove silence and keep 200ms of padding around each cut");
    expect(plan.cut.removePauses).toEqual({ minPauseMs: 500, paddingMs: 200 });
    expect(plan.output.fit).toBe("crop");
    expect(plan.unrecognized).toEqual([]);
    expect(interpret("add 300ms padding").notes.join(" ")).toMatch(/Padding applies to pause removal/);
  });

  it("lets a clause that only says how hard refine the pause removal before it", () => {
    expect(cut("snip out the awkward silences, not too aggressive").removePauses?.minPauseMs).toBe(1000);
    expect(cut("remove the pauses, aggressively").removePauses?.minPauseMs).toBe(300);
    expect(cut("去掉停顿，不要太狠").removePauses?.minPauseMs).toBe(1000);
    expect(interpret("remove the pauses, a bit faster").speed).toBe(1.25);
  });

  it("reads a refused strength as a gentle one", () => {
    for (const text of ["remove dead space but dont be too aggressive", "remove the silences but don't go too hard", "cut the pauses, don't overdo it", "trim the gaps, go easy on them"]) {
      expect(cut(text).removePauses?.minPauseMs, text).toBe(1000);
      expect(interpret(text).unrecognized, text).toEqual([]);
    }
  });

  it("reads 'tight cuts' as an aggressive pause removal, and 'all'/所有 as no strength", () => {
    expect(cut("tight cuts").removePauses?.minPauseMs).toBe(300);
    expect(cut("a tight edit please").removePauses?.minPauseMs).toBe(300);
    expect(cut("去掉所有的停顿").removePauses?.minPauseMs).toBe(500);
    expect(cut("remove all the pauses").removePauses?.minPauseMs).toBe(500);
  });

  it("lets a clause on either side that only says how hard refine the pause removal", () => {
    expect(cut("tight cuts, remove all silence").removePauses?.minPauseMs).toBe(300);
    expect(cut("super gentle, remove the pauses").removePauses?.minPauseMs).toBe(1000);
    expect(cut("no dead air pls, super tight").removePauses?.minPauseMs).toBe(300);
  });

  it("reads a threshold after the pause request when it names the pauses ('the ones over 2 s')", () => {
    expect(interpret("cut out the long gaps, the ones over 2 seconds")).toMatchObject({ cut: { removePauses: { minPauseMs: 2000 }, targetDurationMs: null }, unrecognized: [] });
    expect(cut("remove the pauses, anything longer than 1.5s").removePauses?.minPauseMs).toBe(1500);
    // Not a threshold: a length limit after the pauses.
    expect(cut("remove the silences, make it no longer than 45 seconds")).toMatchObject({ removePauses: { minPauseMs: 500 }, targetDurationMs: 45000, durationMode: "max" });
  });

  it("reads 'cut them' right after the pauses as the same request", () => {
    expect(interpret("the pauses are killing me, cut them")).toMatchObject({ cut: { removePauses: { minPauseMs: 500 } }, unrecognized: [] });
    expect(interpret("so many silences, snip those out").unrecognized).toEqual([]);
  });
});

describe("target duration", () => {
  it.each([
    ["cut it down to 10 seconds", 10_000, "exact"],
    ["make it 45 sec", 45_000, "exact"],
    ["trim to 0:30", 30_000, "exact"],
    ["shorten it to a minute", 60_000, "exact"],
    ["exactly 15", 15_000, "exact"],
    ["under 30s", 30_000, "max"],
    ["max 20 seconds", 20_000, "max"],
    ["no longer than half a minute", 30_000, "max"],
    ["keep it below 2 minutes", 120_000, "max"],
    ["40s or less", 40_000, "max"],
    ["剪到10秒", 10_000, "exact"],
    ["15秒以内", 15_000, "max"],
    ["最多一分钟", 60_000, "max"],
  ] as const)("reads %s as %d ms (%s)", (text, ms, mode) => {
    const c = cut(text);
    expect(c.targetDurationMs).toBe(ms);
    expect(c.durationMode).toBe(mode);
  });

  it("reads a bare number where a duration belongs as seconds", () => {
    expect(cut("cut it to 12").targetDurationMs).toBe(12_000);
  });

  it("reads any named clip as the object of the cut verb", () => {
    const plan = interpret("trim my cooking clip to 0:45");
    expect(plan.cut.targetDurationMs).toBe(45_000);
    expect(plan.unrecognized).toEqual([]);
    expect(cut("make this whole vlog 20 seconds").targetDurationMs).toBe(20_000);
  });

  it("reads approximate and Chinese 'N秒的X视频' lengths as the target", () => {
    expect(interpret("something like 25 seconds")).toMatchObject({ cut: { targetDurationMs: 25_000 }, unrecognized: [] });
    expect(interpret("帮我做成15秒的抖音视频").cut.targetDurationMs).toBe(15_000);
    expect(interpret("我要一个10秒的预告片")).toMatchObject({ cut: { targetDurationMs: 10_000 }, unrecognized: [] });
  });

  it("reads form-style length fields: 'target length', 'max duration'", () => {
    expect(cut("target length 12s")).toMatchObject({ targetDurationMs: 12_000, durationMode: "exact" });
    expect(cut("Max duration 59s")).toMatchObject({ targetDurationMs: 59_000, durationMode: "max" });
    expect(interpret("max duration 59s").unrecognized).toEqual([]);
  });
});

describe("target duration: round 3 phrasings", () => {
  const target = (text: string, ctx = {}) => {
    const p = interpret(text, ctx);
    return { ms: p.cut.targetDurationMs, mode: p.cut.durationMode, unrecognized: p.unrecognized };
  };

  it("reads an approximate length as the length ('like 20 secs', '12ish', '~15s', 大约)", () => {
    expect(target("cut it down to like 12ish seconds")).toEqual({ ms: 12000, mode: "exact", unrecognized: [] });
    expect(target("make it ~15s")).toEqual({ ms: 15000, mode: "exact", unrecognized: [] });
    expect(target("剪到大约20秒")).toEqual({ ms: 20000, mode: "exact", unrecognized: [] });
    expect(target("something like 25 seconds")).toEqual({ ms: 25000, mode: "exact", unrecognized: [] });
  });

  it("reads a bare length in a clause about the frame or the speed, but not a point in time", () => {
    expect(target("i want it vertical and like 20 secs").ms).toBe(20000);
    expect(target("add a zoom effect at 0:05").ms).toBeNull();
    expect(target("something from 0:10").ms).toBeNull();
  });

  it("adds minutes and seconds said with 'a minute and …'", () => {
    expect(target("make it a minute and twenty seconds").ms).toBe(80000);
    expect(target("one minute 15 seconds").ms).toBe(75000);
  });

  it("claims the length noun of a clause that set the length (时长, 'total length')", () => {
    expect(target("视频时长控制在一分钟以内")).toEqual({ ms: 60000, mode: "max", unrecognized: [] });
    expect(target("时长不超过45秒")).toEqual({ ms: 45000, mode: "max", unrecognized: [] });
    expect(target("the total length should be 30s")).toEqual({ ms: 30000, mode: "exact", unrecognized: [] });
  });

  it("reads 片长 as the length", () => {
    expect(target("片长15秒")).toEqual({ ms: 15000, mode: "exact", unrecognized: [] });
  });

  it("reads Chinese 'verb + 到/成' and 'N秒内' targets", () => {
    expect(target("剪短到15秒")).toEqual({ ms: 15000, mode: "exact", unrecognized: [] });
    expect(target("截成10秒")).toEqual({ ms: 10000, mode: "exact", unrecognized: [] });
    expect(target("控制在二十秒内")).toEqual({ ms: 20000, mode: "max", unrecognized: [] });
  });

  it("reads 'too long' as the reason for the change asked, or alone as 'shorter'", () => {
    expect(target("vid too long, cut to 20s thx")).toEqual({ ms: 20000, mode: "exact", unrecognized: [] });
    expect(interpret("too long, cut the first 5 secs").cut).toMatchObject({ trimStartMs: 5000, targetDurationMs: null });
    expect(target("it's too long", { sourceDurationMs: 20_000 })).toEqual({ ms: 16000, mode: "exact", unrecognized: [] });
    expect(target("视频太长了", { sourceDurationMs: 20_000 }).ms).toBe(16000);
    expect(target("too short", { sourceDurationMs: 20_000 }).ms).toBe(24000);
    // Another subject: not the video's length.
    expect(target("the text is too long", { sourceDurationMs: 20_000 }).ms).toBeNull();
  });

  it("reads 'fit in', 'cap it at', 'limit:' as a most", () => {
    expect(target("needs to fit in 60 seconds")).toEqual({ ms: 60000, mode: "max", unrecognized: [] });
    expect(target("cap it at 45 seconds")).toEqual({ ms: 45000, mode: "max", unrecognized: [] });
    expect(target("limit: 30s")).toEqual({ ms: 30000, mode: "max", unrecognized: [] });
  });

  it("reads 'a minute 30' as a minute and a half", () => {
    expect(target("shorten it to a minute 30").ms).toBe(90000);
    expect(interpret("a minute, 30 fps").output.fps).toBe(30);
  });

  it("reads 'cut it in half' as half as long", () => {
    expect(target("cut it in half", { sourceDurationMs: 30_000 })).toEqual({ ms: 15000, mode: "exact", unrecognized: [] });
  });

  it("reads 'take 3 seconds off' (no edge named) as shorter by that much", () => {
    expect(target("take 3 seconds off", { sourceDurationMs: 20_000 })).toEqual({ ms: 17000, mode: "exact", unrecognized: [] });
    expect(interpret("take 3 seconds off the start").cut).toMatchObject({ trimStartMs: 3000, targetDurationMs: null });
  });

  it("reads 'a bit'/'bit'/'little' alike ('bit shorter')", () => {
    expect(target("bit shorter", { sourceDurationMs: 20_000 }).ms).toBe(18000);
  });

  it("reads 'cut 2 more seconds' / 'shave off another second' as shorter by that much", () => {
    expect(target("cut 2 more seconds", { sourceDurationMs: 20_000 })).toEqual({ ms: 18000, mode: "exact", unrecognized: [] });
    expect(target("shave off another second", { sourceDurationMs: 20_000 })).toEqual({ ms: 19000, mode: "exact", unrecognized: [] });
  });
});

describe("ranges and trims", () => {
  it("reads a Chinese removal verb after a range, and the Chinese names of the stretch", () => {
    expect(interpret("把中间5到10秒删掉", { sourceDurationMs: 20_000 })).toMatchObject({
      cut: { ranges: [{ startMs: 0, endMs: 5000 }, { startMs: 10000, endMs: 20000 }] },
      unrecognized: [],
    });
    expect(interpret("只要10秒到20秒之间的部分")).toMatchObject({ cut: { ranges: [{ startMs: 10000, endMs: 20000 }] }, unrecognized: [] });
    // 其他删掉 is about the rest: the range is kept.
    expect(interpret("保留3秒到10秒，其他都删掉").cut.ranges).toEqual([{ startMs: 3000, endMs: 10000 }]);
  });

  it("reads 剪辑成 as a target", () => {
    expect(interpret("剪辑成15秒竖屏视频")).toMatchObject({ cut: { targetDurationMs: 15000 }, output: { aspect: "9:16" }, unrecognized: [] });
  });

  it("reads 'trim the start/end by N' as a trim of that edge", () => {
    expect(interpret("trim the start by 2 seconds")).toMatchObject({ cut: { trimStartMs: 2000 }, unrecognized: [] });
    expect(interpret("shorten the ending by 3s")).toMatchObject({ cut: { trimEndMs: 3000, targetDurationMs: null }, unrecognized: [] });
  });

  it("reads a spaced dash between two times as a range, not a break", () => {
    expect(interpret("00:05 - 00:15 only").cut).toMatchObject({ ranges: [{ startMs: 5000, endMs: 15000 }], targetDurationMs: null });
    expect(interpret("keep 0:05 - 0:20 - add music")).toMatchObject({ cut: { ranges: [{ startMs: 5000, endMs: 20000 }] }, audio: { music: { volume: 0.35 } } });
  });

  it("reads a length at the start of a phrase before 'at the start'/'at the end'", () => {
    expect(interpret("trim off 2 secs at the start")).toMatchObject({ cut: { trimStartMs: 2000, targetDurationMs: null }, unrecognized: [] });
    expect(interpret("remove 3 secs at the end")).toMatchObject({ cut: { trimEndMs: 3000, targetDurationMs: null }, unrecognized: [] });
  });

  it("keeps only the first part when asked for 'only the first N'", () => {
    expect(cut("just use the first 8 seconds").ranges).toEqual([{ startMs: 0, endMs: 8000 }]);
  });

  it("keeps a clock-time range and several of them", () => {
    expect(cut("keep 1:05 to 1:20").ranges).toEqual([{ startMs: 65_000, endMs: 80_000 }]);
    expect(cut("use 0:00-0:04 and 0:10-0:14").ranges).toEqual([
      { startMs: 0, endMs: 4000 },
      { startMs: 10_000, endMs: 14_000 },
    ]);
  });

  it("removes a middle range by keeping what surrounds it", () => {
    expect(cut("remove 0:03 to 0:05", { sourceDurationMs: 10_000 }).ranges).toEqual([
      { startMs: 0, endMs: 3000 },
      { startMs: 5000, endMs: 10_000 },
    ]);
  });

  it("claims the removal verb and the noun naming a removed range", () => {
    for (const text of ["cut out 0:10 to 0:15", "remove the part between 4s and 9s", "delete the section from 0:02 to 0:04"]) {
      const plan = interpret(text, { sourceDurationMs: 30_000 });
      expect(plan.cut.ranges?.length, text).toBe(2);
      expect(plan.unrecognized, text).toEqual([]);
    }
  });

  it("says that cutting the intro needs a length when none is given", () => {
    const plan = interpret("cut the intro");
    expect(plan.cut.trimStartMs).toBe(0);
    expect(plan.notes.join(" ")).toMatch(/intro needs its length/);
    expect(interpret("cut the intro, first 4 seconds").notes.join(" ")).not.toMatch(/needs its length/);
  });

  it("reads 'seconds A to B' as a range, and names for the kept part", () => {
    expect(interpret("use seconds 3 to 8")).toMatchObject({ cut: { ranges: [{ startMs: 3000, endMs: 8000 }] }, unrecognized: [] });
    expect(interpret("only keep the middle part from 0:04 to 0:11")).toMatchObject({ cut: { ranges: [{ startMs: 4000, endMs: 11_000 }] }, unrecognized: [] });
    expect(interpret("保留3秒到10秒")).toMatchObject({ cut: { ranges: [{ startMs: 3000, endMs: 10_000 }] }, unrecognized: [] });
    expect(interpret("只保留中间的10秒到20秒")).toMatchObject({ cut: { ranges: [{ startMs: 10_000, endMs: 20_000 }] }, unrecognized: [] });
  });

  it("gives a second Chinese edge joined by 和 the same removal verb", () => {
    expect(cut("剪掉前5秒和最后5秒")).toMatchObject({ trimStartMs: 5000, trimEndMs: 5000 });
    expect(cut("删掉最后2秒和前3秒")).toMatchObject({ trimStartMs: 3000, trimEndMs: 2000 });
  });

  it("reads Chinese keep-the-end and start/end points with 第", () => {
    expect(cut("只要最后10秒", { sourceDurationMs: 30_000 }).ranges).toEqual([{ startMs: 20_000, endMs: 30_000 }]);
    expect(cut("只要最后10秒").targetDurationMs).toBeNull();
    expect(cut("从第3秒开始").trimStartMs).toBe(3000);
    expect(cut("到第20秒结束").ranges).toEqual([{ startMs: 0, endMs: 20_000 }]);
  });

  it("reads a removal said after the edges ('… removed') as trims, but not one about the rest", () => {
    expect(interpret("i want the first 10 secs and the last 5 secs removed")).toMatchObject({ cut: { trimStartMs: 10_000, trimEndMs: 5000 }, unrecognized: [] });
    expect(interpret("keep 0:02 to 0:05 with the rest removed")).toMatchObject({ cut: { ranges: [{ startMs: 2000, endMs: 5000 }] }, unrecognized: [] });
  });

  it("keeps the edge named after 'to', even after a removal verb", () => {
    const plan = interpret("trim the video to the last 15 seconds", { sourceDurationMs: 40_000 });
    expect(plan.cut).toMatchObject({ ranges: [{ startMs: 25_000, endMs: 40_000 }], trimEndMs: 0 });
    expect(plan.unrecognized).toEqual([]);
    expect(cut("cut it down to the first 10 seconds").ranges).toEqual([{ startMs: 0, endMs: 10_000 }]);
  });

  it("knows more removal verbs and light verbs around a trim", () => {
    expect(interpret("lop off the first 2 seconds")).toMatchObject({ cut: { trimStartMs: 2000 }, unrecognized: [] });
    expect(interpret("take 2 seconds off the start")).toMatchObject({ cut: { trimStartMs: 2000 }, unrecognized: [] });
    expect(interpret("remove the middle from 0:10 to 0:20", { sourceDurationMs: 40_000 }).unrecognized).toEqual([]);
  });

  it("reads a length before a platform word as the target", () => {
    expect(interpret("a 60 second youtube short")).toMatchObject({ output: { preset: "shorts" }, cut: { targetDurationMs: 60_000 } });
  });

  it("keeps the stretch a bare 'trim' names with from/between; 'trim out' removes it", () => {
    expect(cut("trim it from 0:05 to 0:25").ranges).toEqual([{ startMs: 5000, endMs: 25_000 }]);
    expect(cut("trim out 0:05 to 0:10", { sourceDurationMs: 20_000 }).ranges).toEqual([
      { startMs: 0, endMs: 5000 },
      { startMs: 10_000, endMs: 20_000 },
    ]);
  });

  it("reads 'the N second mark' as a time", () => {
    expect(cut("cut out everything after the 30 second mark").ranges).toEqual([{ startMs: 0, endMs: 30_000 }]);
  });

  it("says a shorter or longer video needs a length when none is given", () => {
    const plan = interpret("make it shorter");
    expect(plan.unrecognized).toEqual([]);
    expect(plan.notes.join(" ")).toMatch(/needs its length/);
    expect(interpret("make my video shorter, like 20 seconds")).toMatchObject({ cut: { targetDurationMs: 20_000 }, unrecognized: [] });
  });

  it("steps from the source's length for 'shorter', 'N seconds shorter' and 缩短N秒", () => {
    const ctx = { sourceDurationMs: 20_000 };
    expect(cut("make it shorter", ctx).targetDurationMs).toBe(16_000);
    expect(cut("make it a bit shorter", ctx).targetDurationMs).toBe(18_000);
    expect(cut("make it much shorter", ctx).targetDurationMs).toBe(10_000);
    expect(cut("make it 2 seconds shorter", ctx).targetDurationMs).toBe(18_000);
    expect(cut("shorten it by 3 seconds", ctx).targetDurationMs).toBe(17_000);
    expect(cut("缩短2秒", ctx).targetDurationMs).toBe(18_000);
    expect(cut("trim the first 4 seconds and make it a bit shorter", ctx)).toMatchObject({ trimStartMs: 4000, targetDurationMs: 14_400 });
    expect(cut("shorter than 10s", ctx)).toMatchObject({ targetDurationMs: 10_000, durationMode: "max" });
  });

  it("reads a Chinese length after words another rule claimed", () => {
    expect(interpret("把视频剪成竖屏的15秒")).toMatchObject({ output: { aspect: "9:16" }, cut: { targetDurationMs: 15_000 } });
  });

  it("reads 'the last second' as one second", () => {
    expect(cut("remove the first 1.5 seconds and the last second")).toMatchObject({ trimStartMs: 1500, trimEndMs: 1000 });
  });

  it("trims the head and the tail", () => {
    expect(cut("cut the first 2 seconds").trimStartMs).toBe(2000);
    expect(cut("remove the last 3").trimEndMs).toBe(3000);
    expect(cut("shave 1.5s off the end").trimEndMs).toBe(1500);
    expect(cut("删掉开头3秒").trimStartMs).toBe(3000);
    expect(cut("结尾去掉两秒").trimEndMs).toBe(2000);
  });

  it("reads start and end points", () => {
    expect(cut("start at 0:04").trimStartMs).toBe(4000);
    expect(cut("start at 0:04 and end at 0:20").ranges).toEqual([{ startMs: 4000, endMs: 20_000 }]);
    expect(cut("cut everything after 0:15").ranges).toEqual([{ startMs: 0, endMs: 15_000 }]);
  });

  it("keeps the last part only when the source length is known, and says why otherwise", () => {
    expect(cut("only the last 4 seconds", { sourceDurationMs: 10_000 }).ranges).toEqual([{ startMs: 6000, endMs: 10_000 }]);
    const plan = interpret("only the last 4 seconds");
    expect(plan.cut.ranges).toBeNull();
    expect(plan.notes.join(" ")).toMatch(/length/);
  });

  it("clamps ranges to the source", () => {
    expect(cut("from 0:05 to 0:30", { sourceDurationMs: 20_000 }).ranges).toEqual([{ startMs: 5000, endMs: 20_000 }]);
  });
});

describe("pause removal: round 4 phrasings", () => {
  it("reads a threshold after 'beyond'/'past' and from an app's key ('min_pause: 0.7s')", () => {
    expect(cut("kill any silence beyond 0.8 sec").removePauses?.minPauseMs).toBe(800);
    expect(cut("cut gaps past 2 seconds").removePauses?.minPauseMs).toBe(2000);
    const plan = interpret("remove_silence: yes\nmin_pause: 0.7s");
    expect(plan.cut).toMatchObject({ removePauses: { minPauseMs: 700 }, targetDurationMs: null });
    expect(plan.unrecognized).toEqual([]);
  });

  it("ends a participle of removal at a word boundary ('the silence cutting' leaves no 'ting')", () => {
    expect(interpret("less aggressive with the silence cutting")).toMatchObject({ cut: { removePauses: { minPauseMs: 1000 } }, unrecognized: [] });
  });

  it("reads a length said to stand around each cut as the padding", () => {
    const plan = interpret("strip out the silences, leave 0.3s around each cut");
    expect(plan.cut).toMatchObject({ removePauses: { paddingMs: 300 }, targetDurationMs: null });
    expect(plan.unrecognized).toEqual([]);
  });
});

describe("ranges, trims and targets: round 4 phrasings", () => {
  const S30 = { sourceDurationMs: 30_000 };

  it("reads any words describing a stretch as part of its range ('the prep part', 'everything')", () => {
    for (const text of ["cut the prep part from 0:10 to 0:20", "take out everything from 0:10 to 0:20"]) {
      const plan = interpret(text, S30);
      expect(plan.cut.ranges, text).toEqual([{ startMs: 0, endMs: 10_000 }, { startMs: 20_000, endMs: 30_000 }]);
      expect(plan.unrecognized, text).toEqual([]);
    }
  });

  it("takes the times of a stretch removed without them from the next clause", () => {
    expect(interpret("take out the shaky bit, 0:12 to 0:15", S30)).toMatchObject({
      cut: { ranges: [{ startMs: 0, endMs: 12_000 }, { startMs: 15_000, endMs: 30_000 }] },
      unrecognized: [],
    });
    expect(interpret("remove the shaky part at the start, first 3 seconds")).toMatchObject({ cut: { trimStartMs: 3000, ranges: null }, unrecognized: [] });
    // Without times the stretch is still reported: nothing could be cut for it.
    expect(interpret("cut the boring part").unrecognized).not.toEqual([]);
  });

  it("reads the intro named in the same clause as its length", () => {
    expect(interpret("cut the intro (first 8 seconds)")).toMatchObject({ cut: { trimStartMs: 8000 }, unrecognized: [], notes: [] });
  });

  it("claims the trim verb whose result start and end points describe", () => {
    expect(interpret("trim it so it starts at 0:04 and ends at 0:34")).toMatchObject({ cut: { ranges: [{ startMs: 4000, endMs: 34_000 }] }, unrecognized: [] });
  });

  it("reads an app's edge and point keys", () => {
    expect(cut("trim_start: 2s, trim_end: 1s")).toMatchObject({ trimStartMs: 2000, trimEndMs: 1000, targetDurationMs: null });
    expect(cut("start: 0:05, end: 0:30").ranges).toEqual([{ startMs: 5000, endMs: 30_000 }]);
  });

  it("applies a mode said as a key to the target, and reads 'max duration: N'", () => {
    expect(cut("target_length=30s; mode=max")).toMatchObject({ targetDurationMs: 30_000, durationMode: "max" });
    expect(cut("max duration: 59 seconds")).toMatchObject({ targetDurationMs: 59_000, durationMode: "max" });
  });

  it("reads a possessive noun phrase as the video a cut verb acts on", () => {
    expect(interpret("trim my lesson down to 3 minutes")).toMatchObject({ cut: { targetDurationMs: 180_000 }, unrecognized: [] });
  });
});

describe("ranges and targets: round 4, second batch", () => {
  it("keeps a stretch said to be the only one, whatever the verb ('cut from 3:10 to 3:40 only')", () => {
    expect(cut("cut from 3:10 to 3:40 only").ranges).toEqual([{ startMs: 190_000, endMs: 220_000 }]);
    expect(cut("cut just 0:05 to 0:10").ranges).toEqual([{ startMs: 5000, endMs: 10_000 }]);
  });

  it("claims the cut verb, its object and 'down to' before a target", () => {
    expect(interpret("cut this lecture down to 5 minutes max")).toMatchObject({ cut: { targetDurationMs: 300_000, durationMode: "max" }, unrecognized: [] });
  });

  it("reads a length before any name of a video as its length ('15 sec promo')", () => {
    expect(interpret("15 sec promo for tiktok")).toMatchObject({ cut: { targetDurationMs: 15_000 }, output: { preset: "tiktok" }, unrecognized: [] });
  });

  it("does not read 'a N-second <thing>' as the target when the thing is something else", () => {
    expect(interpret("add a 5 second black screen at the end")).toMatchObject({ cut: { targetDurationMs: null } });
    expect(interpret("i need a 15 second one").cut.targetDurationMs).toBe(15_000);
  });
});

describe("ranges and lengths: round 4, third batch", () => {
  it("reads 'drop the rest' after a kept range as part of keeping it", () => {
    expect(interpret("keep 0:05 thru 0:25, drop the rest")).toMatchObject({ cut: { ranges: [{ startMs: 5000, endMs: 25_000 }] }, unrecognized: [] });
  });

  it("reads a share of the length ('by a third', 'by 25%', 'by half')", () => {
    const S30 = { sourceDurationMs: 30_000 };
    expect(interpret("shorten it by a third", S30).cut.targetDurationMs).toBe(20_000);
    expect(interpret("cut it by 25%", S30).cut.targetDurationMs).toBe(22_500);
    expect(interpret("trim it down by half", S30).cut.targetDurationMs).toBe(15_000);
  });
});

describe("round 4, fourth batch", () => {
  it("reads an edge with describing words before it ('the boring intro') and takes its length from the next clause", () => {
    expect(interpret("can you trim the boring intro, it's the first 6 seconds")).toMatchObject({ cut: { trimStartMs: 6000, ranges: null }, unrecognized: [] });
  });

  it("reads two Chinese edges joined by 和 before one removal verb", () => {
    expect(cut("把开头3秒和结尾2秒剪掉")).toMatchObject({ trimStartMs: 3000, trimEndMs: 2000, ranges: null });
  });

  it("reads 'a 30s vertical video' as the target (a frame word between the length and the noun)", () => {
    expect(interpret("I need this as a 30s vertical video")).toMatchObject({ cut: { targetDurationMs: 30_000 }, output: { aspect: "9:16" } });
  });

  it("reads 'video's too long' as the video being too long", () => {
    expect(interpret("video's too long, make it 40 seconds")).toMatchObject({ cut: { targetDurationMs: 40_000 }, unrecognized: [] });
  });
});
