/**
 * MP4 decoding with mp4box (demux) + WebCodecs VideoDecoder, the fast path (~230 fps at 640 px
 * here). Refuses truncated or corrupted files instead of returning part of them.
 */
import { createFile, DataStream, Endianness, MP4BoxBuffer } from 'mp4box';
import type { Movie, Sample } from 'mp4box';
import { MediaError } from '../core/errors';
import type { DecodedFrame, FrameSource } from './types';
import { poseFrameSize } from './types';

/**
 * Whether the bytes start like an ISO-BMFF (MP4/MOV) file.
 * @param head - the first bytes of the file (≥ 8)
 * @returns true when box 1 is `ftyp`
 */
export function looksLikeMp4(head: Uint8Array): boolean {
  return head.length >= 8 && String.fromCharCode(...head.subarray(4, 8)) === 'ftyp';
}

interface Demuxed {
  codec: string;
  description?: Uint8Array;
  codedWidth: number;
  codedHeight: number;
  timescale: number;
  expectedSamples: number;
  samples: Sample[];
  durationS: number;
}

function codecDescription(
  file: ReturnType<typeof createFile>,
  trackId: number,
): Uint8Array | undefined {
  const trak = file.getTrackById(trackId);
  for (const entry of trak.mdia.minf.stbl.stsd.entries) {
    const box = entry as unknown as Record<string, { write(s: DataStream): void } | undefined>;
    const config = box.avcC ?? box.hvcC ?? box.vpcC ?? box.av1C;
    if (config) {
      const stream = new DataStream(undefined, 0, Endianness.BIG_ENDIAN);
      config.write(stream);
      return new Uint8Array(stream.buffer, 8); // drop the box header
    }
  }
  return undefined;
}

async function demux(buffer: ArrayBuffer): Promise<Demuxed> {
  const file = createFile();
  let info: Movie | null = null;
  const samples: Sample[] = [];
  let failure: string | null = null;
  file.onError = (_module: string, message: string) => (failure = message);
  file.onReady = (movie) => {
    info = movie;
    const track = movie.videoTracks[0];
    if (!track) return;
    // Extraction must start inside onReady, while the sample data is still buffered.
    file.setExtractionOptions(track.id, null, { nbSamples: Infinity });
    file.start();
  };
  file.onSamples = (_id: number, _user: unknown, s: Sample[]) => samples.push(...s);
  try {
    file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(buffer, 0));
    file.flush();
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  }
  const ready = info as Movie | null;
  if (failure || !ready)
    throw new MediaError('corrupted-video', failure ?? 'no movie header (moov)');
  const track = ready.videoTracks[0];
  if (!track) throw new MediaError('not-a-video', 'the file has no video track');
  return {
    codec: track.codec,
    description: codecDescription(file, track.id),
    codedWidth: track.video?.width ?? track.track_width,
    codedHeight: track.video?.height ?? track.track_height,
    timescale: track.timescale,
    expectedSamples: track.nb_samples,
    samples,
    durationS: track.duration / track.timescale,
  };
}

/**
 * Open an MP4 file for frame-by-frame decoding with WebCodecs.
 * @param file - the video file (never uploaded; read in memory)
 * @returns a frame source; frames are downscaled to ≤ 640 px wide
 * @throws MediaError `corrupted-video` (truncated or damaged), `unsupported-codec`, `not-a-video`
 */
export async function openMp4(file: Blob): Promise<FrameSource> {
  const d = await demux(await file.arrayBuffer());
  if (d.samples.length < d.expectedSamples || d.samples.some((s) => !s.data)) {
    throw new MediaError(
      'corrupted-video',
      `the file ends early: ${d.samples.length} of ${d.expectedSamples} frames are present`,
    );
  }
  const config: VideoDecoderConfig = {
    codec: d.codec,
    codedWidth: d.codedWidth,
    codedHeight: d.codedHeight,
    ...(d.description ? { description: d.description } : {}),
  };
  if (
    typeof VideoDecoder === 'undefined' ||
    !(await VideoDecoder.isConfigSupported(config)).supported
  ) {
    throw new MediaError('unsupported-codec', `codec ${d.codec} cannot be decoded here`);
  }
  const size = poseFrameSize(d.codedWidth, d.codedHeight);
  const fpsHz = d.durationS > 0 ? Math.round((d.samples.length / d.durationS) * 1000) / 1000 : 30;
  return {
    decoder: 'webcodecs',
    fpsHz,
    frameCount: d.samples.length,
    durationS: d.durationS,
    sourceWidthPx: d.codedWidth,
    sourceHeightPx: d.codedHeight,
    ...size,
    frames: decodeFrames(d, config, size),
  };
}

async function* decodeFrames(
  d: Demuxed,
  config: VideoDecoderConfig,
  size: { widthPx: number; heightPx: number },
): AsyncGenerator<DecodedFrame, void, void> {
  const ready: Promise<ImageBitmap>[] = [];
  const times: number[] = [];
  let error: unknown = null;
  const decoder = new VideoDecoder({
    output: (frame) => {
      times.push(frame.timestamp / 1e6);
      ready.push(
        createImageBitmap(frame, {
          resizeWidth: size.widthPx,
          resizeHeight: size.heightPx,
          resizeQuality: 'medium',
        }).finally(() => frame.close()),
      );
    },
    error: (e) => (error = e),
  });
  decoder.configure(config);
  let next = 0;
  let index = 0;
  let t0: number | null = null;
  try {
    while (index < d.samples.length) {
      while (next < d.samples.length && ready.length + decoder.decodeQueueSize < 8) {
        const s = d.samples[next++]!;
        decoder.decode(
          new EncodedVideoChunk({
            type: s.is_sync ? 'key' : 'delta',
            timestamp: (s.cts * 1e6) / s.timescale,
            duration: (s.duration * 1e6) / s.timescale,
            data: s.data!,
          }),
        );
      }
      if (next >= d.samples.length && ready.length === 0) await decoder.flush();
      if (error) throw new MediaError('corrupted-video', String(error));
      const bitmapPromise = ready.shift();
      if (!bitmapPromise) {
        await new Promise((r) => setTimeout(r, 1));
        continue;
      }
      const bitmap = await bitmapPromise;
      const t = times.shift()!;
      t0 ??= t;
      yield { index: index++, timeS: Math.round((t - t0) * 1e6) / 1e6, bitmap };
    }
  } finally {
    for (const p of ready) void p.then((b) => b.close());
    if (decoder.state !== 'closed') decoder.close();
  }
}
