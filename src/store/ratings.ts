/** Evaluation ratings of session reports (schema version 2). */
import type { GaitDb } from './schema';
import { abortQuietly } from './requests';
import { StoreError, toStoreError } from './storeError';
import type { RatingRecord } from './types';

/**
 * Add or update a rating.
 * @param db - the open database
 * @param rating - the rating; `score` an integer 1–5; its session must exist
 * @throws RangeError for a score outside 1–5; StoreError `not-found` for an unknown session
 */
export async function putRating(db: GaitDb, rating: RatingRecord): Promise<void> {
  if (!Number.isInteger(rating.score) || rating.score < 1 || rating.score > 5)
    throw new RangeError('score must be an integer 1–5');
  const tx = db.transaction(['sessions', 'ratings'], 'readwrite');
  tx.done.catch(() => undefined); // failures are reported through the awaits below
  try {
    if (!(await tx.objectStore('sessions').get(rating.sessionId)))
      throw new StoreError('not-found', `Session ${rating.sessionId} does not exist`);
    await tx.objectStore('ratings').put(rating);
    await tx.done;
  } catch (err) {
    abortQuietly(tx);
    throw toStoreError(err, 'saving the rating');
  }
}

/**
 * List the ratings of a session.
 * @param db - the open database
 * @param sessionId - the session's key
 * @returns ratings, oldest first
 */
export async function listRatings(db: GaitDb, sessionId: string): Promise<RatingRecord[]> {
  return (await db.getAllFromIndex('ratings', 'bySession', sessionId)).sort((a, b) =>
    a.createdIso.localeCompare(b.createdIso),
  );
}
