/**
 * The one table of user-facing messages: each code maps to a sentence a clinician can read and
 * what to do next. Never show raw error text to the user.
 */
import type { MediaErrorCode } from '../core/errors';
import type { RecordingIssue } from '../core/pose/assessRecording';

/** A message for the user: what happened and what to do. */
export interface UserMessage {
  title: string;
  detail: string;
  action: string;
}

/** Every code the UI can show. */
export type MessageCode = MediaErrorCode | RecordingIssue | 'unexpected' | 'storage-full';

const MESSAGES: Record<MessageCode, UserMessage> = {
  'not-a-video': {
    title: 'This file is not a video',
    detail: 'GaitLens could not find any video in the file you chose.',
    action: 'Choose the recording itself (for example an .mp4 or .webm file from the camera).',
  },
  'corrupted-video': {
    title: 'The video file is damaged or incomplete',
    detail:
      'The file ends early or part of it cannot be read, so some frames are missing. No result was made from it.',
    action: 'Copy the file again from the camera or phone, or record a new video.',
  },
  'unsupported-codec': {
    title: 'This video format cannot be decoded here',
    detail: 'The browser on this computer cannot decode the video codec used in this file.',
    action: 'Convert the video to MP4 (H.264) or WebM, or record with the webcam instead.',
  },
  'camera-denied': {
    title: 'Camera access was refused',
    detail:
      'GaitLens needs the camera to see the patient walk. The video never leaves this device.',
    action: 'Allow camera access in the browser’s site settings, then try again.',
  },
  'no-camera': {
    title: 'No camera found',
    detail: 'This computer has no camera GaitLens can use, or another program is using it.',
    action: 'Connect a webcam or close other video apps, or open a recorded video file instead.',
  },
  'model-load-failed': {
    title: 'The pose model could not start',
    detail: 'The pose-estimation model that ships with GaitLens failed to load on this computer.',
    action: 'Reload the page. If it keeps failing, reinstall the app while online once.',
  },
  'no-frames': {
    title: 'The video has no frames',
    detail: 'The file opened but contained no picture to analyse.',
    action: 'Choose another recording.',
  },
  'too-short': {
    title: 'The recording is too short',
    detail: 'At least 2 seconds of walking are needed to see a few steps; this clip is shorter.',
    action: 'Record the patient walking for at least 5 seconds (ideally 10 steps or more).',
  },
  'no-person': {
    title: 'No person was found in the video',
    detail: 'The pose model did not find anybody in any frame.',
    action: 'Check that the patient is in the picture, with the whole body visible, and try again.',
  },
  'too-dark': {
    title: 'The video is too dark',
    detail: 'Nobody could be found, and the picture is very dark.',
    action:
      'Turn on the room lights or open the blinds, avoid filming against a window, and record again.',
  },
  'subject-too-brief': {
    title: 'The patient is fully visible for too short a time',
    detail: 'The whole body, feet included, is in view for less than 2 seconds.',
    action: 'Move the camera back so head and feet stay in the picture during several steps.',
  },
  'lower-body-out-of-view': {
    title: 'The feet are not in the picture',
    detail:
      'The patient was found, but the legs and feet are cut off, so no steps can be measured.',
    action:
      'Tilt or move the camera so the whole body, feet included, stays in view, and record again.',
  },
  'several-people': {
    title: 'More than one person was in view',
    detail: 'GaitLens followed the person who was walking.',
    action: 'If that is the wrong person, click the patient in the picture to follow them instead.',
  },
  'storage-full': {
    title: 'The device’s storage is full',
    detail: 'The session could not be saved; nothing was changed.',
    action: 'Export and delete old sessions, or free disk space, then save again.',
  },
  unexpected: {
    title: 'Something went wrong',
    detail: 'GaitLens hit an unexpected problem. No data left this device.',
    action: 'Reload the page and try again.',
  },
};

/**
 * The message for a code, or the generic one for an unknown code.
 * @param code - a MediaError code, recording issue or UI code
 * @returns title, detail and next step
 */
export function messageFor(code: string): UserMessage {
  return MESSAGES[code as MessageCode] ?? MESSAGES.unexpected;
}
