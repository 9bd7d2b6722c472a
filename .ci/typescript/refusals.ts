/* Hand-written: what the generated declarations must refuse. Each `@ts-expect-error` fails the
 * `tsc --strict` run in .ci/run if the line below it type-checks, that is, if a declaration got looser. */
import type { Event } from "../../docs/typescript/event";
import type { Program } from "../../docs/typescript/program";
import type { ProgramReport } from "../../docs/typescript/program_report";

// @ts-expect-error an unknown event type is not an Event (the union is tagged by `type`)
export const wrongTag: Event = { at: "2026-01-08T09:00:00Z", actor: { role: "patient" }, event: { type: "no_such_event" } };

// @ts-expect-error a program's schema_version is the literal 2 (format 2, the envelope), not any number
export const futureProgram: Program["schema_version"] = 3;

// @ts-expect-error schema_version is the literal 1 or 2 (same layout; ids in the alphabet since 2), not any number
export const futureReport: ProgramReport["schema_version"] = 3;
