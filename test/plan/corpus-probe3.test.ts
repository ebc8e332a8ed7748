import { BLIND } from "./corpus-blind.js";
import { DEV2 } from "./corpus-dev2.js";
import { FOLLOW_UPS } from "./corpus-followup.js";
import { HELD_OUT } from "./corpus-heldout.js";
import { PROBE3, PROBE3_FOLLOW_UPS } from "./corpus-probe3.js";
import { CORPUS } from "./corpus.js";
import { probeSuite } from "./probe-suite.js";

probeSuite({
  name: "probe3",
  entries: PROBE3,
  turns: PROBE3_FOLLOW_UPS,
  olderEntries: [...CORPUS, ...HELD_OUT, ...DEV2, ...BLIND],
  olderTurns: FOLLOW_UPS,
  floors: { entries: 0.97, turns: 0.97 },
});
