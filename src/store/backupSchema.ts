/** Strict zod schema of the full-database backup file `gaitlens.backup/1`. */
import { z } from 'zod';
import {
  bundlePatientSchema,
  bundleSessionSchema,
  eventEditSchema,
  gaitEventSchema,
  MAX_EVENTS,
} from '../export/json/bundleSchema';
import { MAX_SHORT_TEXT, skeletonSchema } from '../export/json/skeletonSchema';

/** Format tag of the backup file. */
export const BACKUP_FORMAT = 'gaitlens.backup/1' as const;
/** Most records of one kind in a backup. */
export const MAX_BACKUP_RECORDS = 100_000;

const id = z.string().min(1).max(128);
const iso = z.string().max(MAX_SHORT_TEXT);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_BACKUP_RECORDS);

/** Schema of a backup file. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  createdIso: iso,
  software: z.string().max(MAX_SHORT_TEXT),
  /** Database schema version the backup was taken from. */
  dbVersion: z.number().int().min(1),
  patients: list(bundlePatientSchema.extend({ id, createdIso: iso })),
  sessions: list(bundleSessionSchema.extend({ id, patientId: id })),
  skeletons: list(z.strictObject({ sessionId: id, skeleton: skeletonSchema })),
  measurements: list(z.strictObject({ sessionId: id, measurements: z.json() })),
  events: list(
    z.strictObject({
      sessionId: id,
      events: z.array(gaitEventSchema).max(MAX_EVENTS),
      edits: z.array(eventEditSchema).max(MAX_EVENTS),
    }),
  ),
  reports: list(z.strictObject({ sessionId: id, report: z.json() })),
  /** Absent in backups of schema version 1. */
  ratings: list(
    z.strictObject({
      id,
      sessionId: id,
      raterCode: z.string().max(64),
      score: z.number().int().min(1).max(5),
      comment: z.string().max(20_000),
      createdIso: iso,
    }),
  ).default([]),
});

/** A validated backup. */
export type Backup = z.output<typeof backupSchema>;
