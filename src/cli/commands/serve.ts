export async function run(argv: string[]): Promise<number> {
  const { startFromCli } = await import("../../service.js");
  return startFromCli(argv);
}
