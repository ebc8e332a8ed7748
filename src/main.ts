/** Process entry for `npm start` (`node dist/main.js [all|api|worker]`). */
import { startFromCli } from "./service.js";

void startFromCli(process.argv.slice(2)).then((code) => process.exit(code));
