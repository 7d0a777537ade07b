/**
 * The one table of user-facing messages: each code maps to a sentence a clinician can read and
 * what to do next. Never show raw error text to the user.
 */
import type { InputFormatCode, MediaErrorCode } from '../core/errors';
import type { DecryptErrorCode } from '../export/crypto/envelope';
import type { StoreErrorCode } from '../store/storeError';
import type { RecordingIssue } from '../core/pose/assessRecording';
import type { LlmErrorCode } from '../llm/errors';

/** A message for the user: what happened and what to do. */
export interface UserMessage {
  title: string;
  detail: string;
  action: string;
}

/** Every code the UI can show. */
export type MessageCode =
  | MediaErrorCode
  | RecordingIssue
  | Exclude<StoreErrorCode, 'quota-exceeded'>
  | DecryptErrorCode
  | InputFormatCode
  | LlmErrorCode
  | 'unexpected'
  | 'storage-full';

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
  'not-found': {
    title: 'That record no longer exists',
    detail:
      'The patient or session was deleted (perhaps in another tab) or the file names no patient.',
    action: 'Go back to the patient list and choose again.',
  },
  'duplicate-code': {
    title: 'Another patient already has this code',
    detail: 'Patient codes must be unique; nothing was saved.',
    action: 'Choose that patient from the list, or type a different code.',
  },
  'transaction-failed': {
    title: 'The local database could not save this',
    detail: 'The browser refused the change, so nothing was written; earlier data is unchanged.',
    action: 'Try again. If it keeps failing, export a backup and reload the page.',
  },
  'version-too-new': {
    title: 'The saved data comes from a newer GaitLens',
    detail: 'This copy of GaitLens is older than the one that last opened the patient history.',
    action: 'Reload the page to get the newest version of the app.',
  },
  unavailable: {
    title: 'This browser cannot store data here',
    detail: 'Local storage (IndexedDB) is switched off, for example in some private windows.',
    action: 'Open GaitLens in a normal window, or export the results as files instead.',
  },
  'wrong-passphrase': {
    title: 'The passphrase is wrong, or the file was changed',
    detail: 'The encrypted file could not be opened with this passphrase; nothing was imported.',
    action: 'Check the passphrase (it is case-sensitive) and try again.',
  },
  'empty-passphrase': {
    title: 'A passphrase is needed',
    detail: 'This file is encrypted, or you asked for encryption, but the passphrase is empty.',
    action: 'Type the passphrase, or leave encryption off.',
  },
  'not-json': {
    title: 'The file is not readable JSON',
    detail: 'The file is not JSON, or it was cut off while copying. Nothing was imported.',
    action: 'Export the file again from GaitLens and import the new copy.',
  },
  'too-large': {
    title: 'The file is too large',
    detail: 'The file is larger than GaitLens accepts for import. Nothing was imported.',
    action: 'Check that this is a GaitLens export of one session or one backup.',
  },
  'wrong-format': {
    title: 'This is not the right kind of file',
    detail:
      'GaitLens expected a session bundle (.gaitlens.json) or a backup, and got something else.',
    action: 'Choose a file exported by GaitLens with "GaitLens bundle" or "Back up".',
  },
  'wrong-version': {
    title: 'The file comes from another GaitLens version',
    detail: 'Its format version is not one this GaitLens can read. Nothing was imported.',
    action: 'Update GaitLens, or export the file again with this version.',
  },
  schema: {
    title: 'The file has a wrong or missing value',
    detail:
      'One value in the file does not fit the format (shown below with where it is). Nothing was imported.',
    action: 'Export the file again from GaitLens; do not edit exported files by hand.',
  },
  'unknown-markers': {
    title: 'The heel and toe markers of this lab file were not recognised',
    detail:
      'GaitLens needs a heel and a toe marker on each foot and knows the names of common marker sets (docs/marker-sets.md); the names found are listed below.',
    action:
      'Name the markers with --map, e.g. --map left.heel=LHEE,left.toe=LTOE,right.heel=RHEE,right.toe=RTOE (add pelvis=A+B+… for the pelvis markers).',
  },
  'not-trc': {
    title: 'The TRC file header is not valid',
    detail: 'The marker file does not start the way a TRC file must.',
    action: 'Export the TRC file again.',
  },
  'not-c3d': {
    title: 'The C3D file header is not valid',
    detail: 'The file does not start the way a C3D file must.',
    action: 'Export the C3D file again.',
  },
  inconsistent: {
    title: 'The file contradicts itself',
    detail:
      'Two parts of the file disagree (shown below with where they are), so GaitLens cannot tell which is right. Nothing was read from it.',
    action:
      'Open the file in the software that wrote it (the lab system, or GaitLens), correct it there and save or export it again.',
  },
  'llm-no-webgpu': {
    title: 'The language model cannot run in this browser',
    detail: 'This browser offers no WebGPU, which the optional language model needs.',
    action:
      'Use the template report (it is complete), or open GaitLens in a recent Chrome or Edge.',
  },
  'llm-no-adapter': {
    title: 'No graphics processor available for the language model',
    detail: 'WebGPU is present but found no usable graphics processor on this computer.',
    action: 'Use the template report (it is complete), or try a computer with a graphics card.',
  },
  'llm-fallback-adapter': {
    title: 'Only a software graphics processor was found',
    detail: 'The language model would run on the main processor here and take far too long.',
    action: 'Use the template report (it is complete), or try a computer with a graphics card.',
  },
  'llm-gpu-limits': {
    title: 'The graphics processor is too small for the language model',
    detail: 'Its memory limits are below what the model runtime needs.',
    action:
      'Use the template report (it is complete), or try a computer with a larger graphics card.',
  },
  'llm-gpu-feature': {
    title: 'This model needs a graphics feature this computer lacks',
    detail:
      'The model uses 16-bit shaders (shader-f16), which this graphics processor does not offer.',
    action: 'Import a q4f32 version of the model instead, or use the template report.',
  },
  'llm-folder-incomplete': {
    title: 'The model folder is incomplete',
    detail:
      'It needs mlc-chat-config.json, tokenizer.json, tensor-cache.json, every weight shard and one model library (.wasm).',
    action: 'Choose the complete model folder, with its .wasm library copied into it.',
  },
  'llm-localhost-model-lib': {
    title: 'Imported models cannot run from a “localhost” address',
    detail:
      'The model runtime would look for the imported library on the server instead of this device.',
    action: 'Open GaitLens at 127.0.0.1 instead of localhost and import the folder again.',
  },
  'llm-load-failed': {
    title: 'The language model could not be loaded',
    detail: 'Its files could not be read or started on this computer. Nothing left this device.',
    action: 'Import the model folder again, or use the template report.',
  },
  'llm-generation-failed': {
    title: 'The language model stopped while writing',
    detail: 'The model failed before finishing. The template report is unchanged.',
    action: 'Try again, or use the template report.',
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
  if (code === 'quota-exceeded') return MESSAGES['storage-full'];
  return MESSAGES[code as MessageCode] ?? MESSAGES.unexpected;
}
