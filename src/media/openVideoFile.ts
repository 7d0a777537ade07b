import { MediaError } from '../core/errors';
import { looksLikeMp4, openMp4 } from './decodeMp4';
import { openWithVideoElement } from './decodeWithVideoElement';
import type { FrameSource } from './types';

/**
 * Open a video file: WebCodecs + mp4box for MP4, `<video>` fallback for other containers.
 * @param file - the file the user chose
 * @returns a frame source
 * @throws MediaError with a code the UI turns into a sentence
 */
export async function openVideoFile(file: Blob): Promise<FrameSource> {
  if (file.size === 0) throw new MediaError('not-a-video', 'the file is empty');
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  if (looksLikeMp4(head)) {
    try {
      return await openMp4(file);
    } catch (e) {
      // A damaged MP4 stays an error; only an MP4 with a codec WebCodecs lacks falls back.
      if (!(e instanceof MediaError) || e.code !== 'unsupported-codec') throw e;
    }
  }
  return openWithVideoElement(file);
}
