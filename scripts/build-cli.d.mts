/** The bundle bin/profkarta.mjs runs: dist/cli.mjs. */
export const cliBundle: string;
/** Whether dist/cli.mjs is missing or older than one of its sources. */
export function cliIsStale(): boolean;
/** Builds dist/cli.mjs; returns its size in bytes. */
export function buildCli(): Promise<number>;
